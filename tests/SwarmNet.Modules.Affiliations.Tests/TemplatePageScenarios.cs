using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Templates;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>The network page's template form creates an agreement template through the published request: the module's own rules and access.</summary>
public abstract class TemplatePageScenarios : AffiliationScenarioBase
{
    private static readonly AffiliationTemplateContent Content = new(
        [new TemplateSign("name", "Les Triporteurs", "Le nom sur les vélos", "remove"), new TemplateSign("logo", "Les Triporteurs", "Fichiers du logo", "return")],
        [new TemplateService("itTools", "Logiciel de tournées", null, 30.00m, "monthly"), new TemplateService("trainingProgramme", "Formation des coursiers", null, null, null)]);

    private static TemplateTerms Terms => new(AffiliationSamples.Fees(AffiliationSamples.Effective), AffiliationSamples.Commitments, AffiliationSamples.Exit);

    [DbFact]
    public async Task The_head_s_staff_create_an_agreement_template_from_the_page_and_read_it_back_with_its_terms()
    {
        var id = await Services.SendAsync(new CreateTemplate<AffiliationTemplateContent>(F.Head.Id, "Conciergerie affiliée", Content, Terms), F.HeadStaff);

        var template = Assert.Single(await Services.SendAsync(new ListAffiliationTemplates(F.Head.Id), F.HeadAdmin));
        Assert.Equal((id, "Conciergerie affiliée"), (template.Id, template.Name));
        Assert.Equal([(SignKind.Name, SignExit.Remove), (SignKind.Logo, SignExit.Return)], template.DistinctiveSigns.Select(s => (s.Kind!.Value, s.OnExit!.Value)));
        Assert.Equal((30.00m, CostPeriod.Monthly), (template.Services[0].Cost!.Amount!.Value, template.Services[0].Cost!.Per!.Value));
        Assert.Null(template.Services[1].Cost);
        Assert.Equal(["RAPPORT", "RENCONTRE"], template.ObligationTerms.Select(o => o.Code));
        Assert.Equal((60, "fee"), (template.ExitTerms!.NoticeDays, template.RoyaltyTerms!.Components![0].Account));
    }

    [DbFact]
    public async Task Others_are_refused_as_the_module_refuses_them()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CreateTemplate<AffiliationTemplateContent>(F.Head.Id, "X", Content, Terms),
            NetworkFixture.Person("Comptable", F.Head.Id, Roles.Accountant)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CreateTemplate<AffiliationTemplateContent>(F.Head.Id, "X", Content, Terms), OtherAdmin));
        Assert.Empty(await Services.SendAsync(new ListAffiliationTemplates(F.Head.Id), F.HeadAdmin));
    }

    [DbFact]
    public async Task Bad_input_comes_back_per_field_under_the_page_s_paths()
    {
        var bad = new AffiliationTemplateContent([new TemplateSign("banner", "Les Triporteurs", null, "remove")], [new TemplateService("itTools", "", null, -1m, "monthly")]);
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new CreateTemplate<AffiliationTemplateContent>(F.Head.Id, "Conciergerie", bad, new(null, AffiliationSamples.Commitments, AffiliationSamples.Exit with { Data = "" })),
            F.HeadStaff));

        Assert.Contains("/content/distinctiveSigns/0/kind", invalid.Errors.Select(e => e.Path));
        Assert.Contains("/content/services/0/label", invalid.Errors.Select(e => e.Path));
        Assert.Contains("/exitTerms/data", invalid.Errors.Select(e => e.Path));
        Assert.DoesNotContain(invalid.Errors, e => e.Path.StartsWith("/distinctiveSigns", StringComparison.Ordinal));
    }
}

public sealed class SqliteTemplatePageTests : TemplatePageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerTemplatePageTests : TemplatePageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
