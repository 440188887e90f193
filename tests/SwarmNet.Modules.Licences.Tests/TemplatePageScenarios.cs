using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Licences.Contracts.Pages;
using SwarmNet.Modules.Licences.Templates;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>The network page's template form creates a licence template through the published request: the module's own rules and access.</summary>
public abstract class TemplatePageScenarios : LicenceScenarioBase
{
    private static readonly LicenceTemplateContent Content = new(new TemplateBrand("Les Triporteurs", "4512345", [39], ["Livraison à vélo cargo"]));

    private static TemplateTerms Terms => new(LicenceSamples.Pau(new DateOnly(2026, 1, 1)).RoyaltyTerms, [LicenceSamples.Declaration], LicenceSamples.Exit);

    [DbFact]
    public async Task The_head_s_staff_create_a_licence_template_from_the_page_and_read_it_back_with_its_terms()
    {
        var id = await Services.SendAsync(new CreateTemplate<LicenceTemplateContent>(F.Head.Id, "Licence vélo cargo", Content, Terms), F.HeadStaff);

        var template = Assert.Single(await Services.SendAsync(new ListLicenceTemplates(F.Head.Id), F.HeadAdmin));
        Assert.Equal((id, "Licence vélo cargo", "Les Triporteurs"), (template.Id, template.Name, template.Brand.Name));
        Assert.Equal(["DECL-CA"], template.ObligationTerms.Select(o => o.Code));
        Assert.Equal((90, "Restitution des données clients"), (template.ExitTerms!.NoticeDays, template.ExitTerms.Data));
        Assert.Equal("monthly", template.RoyaltyTerms!.Periodicity);
    }

    [DbFact]
    public async Task Others_are_refused_as_the_module_refuses_them()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CreateTemplate<LicenceTemplateContent>(F.Head.Id, "X", Content, Terms),
            NetworkFixture.Person("Comptable", F.Head.Id, Roles.Accountant)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CreateTemplate<LicenceTemplateContent>(F.Head.Id, "X", Content, Terms), F.StepAdmin));
        Assert.Empty(await Services.SendAsync(new ListLicenceTemplates(F.Head.Id), F.HeadAdmin));
    }

    [DbFact]
    public async Task Bad_input_comes_back_per_field_under_the_page_s_paths()
    {
        var bad = new CreateTemplate<LicenceTemplateContent>(F.Head.Id, " ", new(new TemplateBrand("", null, [39], ["Livraison"])),
            new(null, [LicenceSamples.Declaration with { Title = "" }], LicenceSamples.Exit with { NoticeDays = -1 }));

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(bad, F.HeadStaff));

        Assert.Equal(["/content/brand/name", "/exitTerms/noticeDays", "/name", "/obligationTerms/0/title"], invalid.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
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
