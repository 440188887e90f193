using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Templates;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The drafting form's requests answer from the module's templates and drafting: the partners, roles, signatories and term given.</summary>
public abstract class PartnershipDraftingPageScenarios : PartnershipScenarioBase
{
    private static readonly ContractTerm Term = new(new DateOnly(2027, 1, 1), new DateOnly(2029, 12, 31), TacitRenewal: false, NoticeDays: 60);

    [DbFact]
    public async Task The_head_drafts_a_candidacy_s_partnership_from_the_page_with_its_partners_signatories_and_term()
    {
        var template = await Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Fabrique standard",
            new TemplateContent("Former gratuitement aux métiers du numérique.", ExitTerms: PartnershipSamples.Exit, Indicators: PartnershipSamples.Indicators)), W.SimplonStaff);
        var candidacy = await Services.SendAsync(new OpenCandidacy(W.Network.Id, W.Step.Id, "Fabrique numérique", "Pau"));
        var choices = await Services.SendAsync(new GetPartnershipDraftingChoices(W.Simplon.Id), W.SimplonAdmin);
        Assert.Equal([("Fabrique standard", true)], choices.Templates.Select(t => (t.Name, t.ReportsIndicators)));
        Assert.Contains(new PartnerRoleChoice("host", "structure d'accueil"), choices.Roles);

        var id = await Services.SendAsync(new DraftPartnershipFromPage(template.Id, null, candidacy.Id, "Fabrique de Pau",
        [
            new(W.Simplon.Id, "lead", "Directrice générale Simplon", "Directrice générale"), new(W.Step.Id, "host", "Directeur STEP", "Directeur"),
            new(W.Region.Id, "funder", "Vice-présidente formation", "Vice-présidente"),
        ], Term, [W.Step.Id]), W.SimplonStaff);

        var draft = await GetAsync(id, W.StepAdmin);
        Assert.Equal(("Fabrique de Pau", candidacy.Id, W.Network.Id, ContractStatus.Draft), (draft.Title, draft.CandidacyId, draft.NetworkId, draft.Status));
        Assert.Equal(Term, draft.Content.Term);
        Assert.Equal([(W.Simplon.Id, PartnerRole.Lead, "Directrice générale Simplon", "Directrice générale"), (W.Step.Id, PartnerRole.Host, "Directeur STEP", "Directeur"),
            (W.Region.Id, PartnerRole.Funder, "Vice-présidente formation", "Vice-présidente")], draft.Partners.Select(p => (p.OrganizationId, p.Role, p.Signatory.Name!, p.Signatory.Title!)));
        Assert.Equal([W.Step.Id], draft.Content.Reporting!.ReporterOrganizationIds);
    }

    [DbFact]
    public async Task An_outsider_gets_not_found_and_bad_input_names_each_field()
    {
        var template = await Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Fabrique standard",
            new TemplateContent("Former gratuitement aux métiers du numérique.", ExitTerms: PartnershipSamples.Exit)), W.SimplonStaff);
        IReadOnlyList<DraftPartner?> partners = [new(W.Simplon.Id, "lead", "Directrice", "Directrice"), new(W.Step.Id, "host", "Directeur", "Directeur")];
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetPartnershipDraftingChoices(W.Simplon.Id), W.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DraftPartnershipFromPage(template.Id, null, null, "Fabrique", partners, Term, null),
            W.OutsiderAdmin));

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DraftPartnershipFromPage(template.Id, null, null, " ",
            [partners[0]! with { SignatoryName = "" }, partners[1]! with { Role = "chef" }], null, null), W.SimplonStaff));
        Assert.Equal(["/content/title", "/content/partners/0/signatory/name", "/content/partners/1/role", "/content/term"], invalid.Errors.Select(e => e.Path));
    }
}

public sealed class SqlitePartnershipDraftingPageTests : PartnershipDraftingPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerPartnershipDraftingPageTests : PartnershipDraftingPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
