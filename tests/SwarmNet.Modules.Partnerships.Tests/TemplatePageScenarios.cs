using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Templates;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The network page's template form creates a partnership template through the published request: the module's own rules and access.</summary>
public abstract class TemplatePageScenarios : PartnershipScenarioBase
{
    private static readonly ObligationTerm Report = new()
    {
        Code = "BILAN", Title = "Bilan annuel", Category = "reporting", Actor = "grantee", Evidence = "file", Schedule = new() { Kind = "annually", Month = 1, Day = 31 },
    };

    private static readonly PartnershipTemplateContent Content = new("Former gratuitement aux métiers du numérique.", new("quarterly", "Comité de pilotage"),
        [new("TRAINEES", "Apprenant·es", "personnes", "sum"), new("EMPLOYED6M", "En emploi à six mois", "personnes", "latest")], 20,
        "Le matériel commun revient à la structure d'accueil.", null);

    private static TemplateTerms Terms => new(null, [Report], PartnershipSamples.Exit);

    [DbFact]
    public async Task The_lead_s_staff_create_a_partnership_template_from_the_page_and_read_it_back_with_its_terms()
    {
        var id = await Services.SendAsync(new CreateTemplate<PartnershipTemplateContent>(W.Simplon.Id, "Fabrique standard", Content, Terms), W.SimplonStaff);

        var template = Assert.Single(await Services.SendAsync(new ListPartnershipTemplates(W.Simplon.Id), W.SimplonAdmin));
        Assert.Equal((id, "Fabrique standard", "Former gratuitement aux métiers du numérique."), (template.Id, template.Name, template.Template.Objective));
        Assert.Equal((CommitteeCadence.Quarterly, "Comité de pilotage"), (template.Template.Committee!.Cadence, template.Template.Committee.Name));
        Assert.Equal([IndicatorAggregation.Sum, IndicatorAggregation.Latest], template.Template.Indicators!.Select(i => i!.Aggregation!.Value));
        Assert.Equal(["BILAN"], template.Template.ObligationTerms!.Select(o => o!.Code));
        Assert.Equal(20, template.Template.ReportingDaysAfterQuarterEnd);
        Assert.Equal(PartnershipSamples.Exit.Data, template.Template.ExitTerms!.Data);
    }

    [DbFact]
    public async Task Others_are_refused_as_the_module_refuses_them()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CreateTemplate<PartnershipTemplateContent>(W.Simplon.Id, "X", Content, Terms),
            NetworkFixture.Person("Comptable", W.Simplon.Id, Roles.Accountant)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CreateTemplate<PartnershipTemplateContent>(W.Simplon.Id, "X", Content, Terms),
            W.StepAdmin));
        Assert.Empty(await Services.SendAsync(new ListPartnershipTemplates(W.Simplon.Id), W.SimplonAdmin));
    }

    [DbFact]
    public async Task Bad_input_comes_back_per_field_under_the_page_s_paths()
    {
        var bad = Content with { Objective = "", Committee = new("weekly", null), ReportingDaysAfterQuarterEnd = 91 };
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new CreateTemplate<PartnershipTemplateContent>(W.Simplon.Id, "Fabrique", bad, new(null, [Report with { Code = "" }], PartnershipSamples.Exit with { Stock = "" })),
            W.SimplonStaff));

        Assert.Equal(["/content/committee/cadence", "/content/objective", "/content/reportingDaysAfterQuarterEnd", "/exitTerms/stock", "/obligationTerms/0/code"],
            invalid.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
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
