using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Templates;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>The candidacy page drafts an agreement from a template through the published requests: the module's own template and drafting rules.</summary>
public abstract class DraftingPageScenarios : AffiliationScenarioBase
{
    [DbFact]
    public async Task The_head_picks_a_template_and_drafts_the_candidacys_agreement_an_outsider_cannot()
    {
        var template = await Services.SendAsync(new CreateAffiliationTemplate(F.Head.Id, "Conciergerie affiliée", [AffiliationSamples.Name, AffiliationSamples.Logo],
            AffiliationSamples.Services, null, AffiliationSamples.Commitments, AffiliationSamples.Exit), F.HeadStaff);
        var candidacy = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Step.Id, "Conciergerie solidaire", "Pau"), F.HeadStaff);

        var choice = Assert.Single(await Services.SendAsync(new ListAffiliationTemplateChoices(F.Head.Id), F.HeadStaff));
        Assert.Equal((template.Id, "Conciergerie affiliée"), (choice.Id, choice.Name));
        Assert.Equal(2, choice.Signs.Count);

        var term = new ContractTerm(new DateOnly(2027, 1, 1), new DateOnly(2029, 12, 31), true, 12, 60);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DraftAffiliationForCandidacy(template.Id, candidacy.Id, false, term), OtherAdmin));
        var id = await Services.SendAsync(new DraftAffiliationForCandidacy(template.Id, candidacy.Id, false, term), F.HeadStaff);

        var draft = await GetAsync(id);
        Assert.Equal((ContractStatus.Draft, candidacy.Id, F.Step.Id, false), (draft.Status, draft.CandidacyId!.Value, draft.Affiliate.Id, draft.Content.Exclusive));
        Assert.Equal((term.EffectiveDate, term.NoticeDays), (draft.Content.Term!.EffectiveDate, draft.Content.Term!.NoticeDays));
        Assert.Equal(2, draft.Content.DistinctiveSigns!.Count);
    }
}

public sealed class SqliteDraftingPageTests : DraftingPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerDraftingPageTests : DraftingPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
