using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Templates;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>A network head's standard partnership, kept by its staff and drafted from with the partners and dates of the day.</summary>
public abstract class TemplateScenarios : PartnershipScenarioBase
{
    private TemplateContent Standard => new("Former gratuitement aux métiers du numérique.",
        [new ObligationTerm { Code = "BILAN", Title = "Bilan annuel", Category = "reporting", Actor = "grantee", Evidence = "file", Schedule = new() { Kind = "annually", Month = 1, Day = 31 } }],
        PartnershipSamples.Exit, "Le matériel commun revient à la structure d'accueil.", "Les supports restent sous licence libre.",
        new CommitteeTerms(CommitteeCadence.Quarterly), PartnershipSamples.Indicators, 20);

    [DbFact]
    public async Task The_head_s_staff_keep_templates_that_draft_a_partnership_with_its_own_partners_and_dates()
    {
        var created = await Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Fabrique standard", Standard), W.SimplonStaff);
        Assert.Equal(("Fabrique standard", 3), (created.Name, created.Template.Indicators!.Count));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Autre", Standard), W.StepAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Autre", Standard),
            NetworkFixture.Person("Comptable", W.Simplon.Id, Roles.Accountant)));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Fabrique standard",
            Standard with { Objective = "", ObligationTerms = [Standard.ObligationTerms![0]! with { Actor = W.Step.Id.ToString() }], ReportingDaysAfterQuarterEnd = 91 }),
            W.SimplonStaff));
        Assert.Equal(["/template/objective", "/template/reportingDaysAfterQuarterEnd", "/template/obligationTerms/0/actor"], invalid.Errors.Select(e => e.Path));
        var taken = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new CreatePartnershipTemplate(W.Simplon.Id, "Fabrique standard", Standard), W.SimplonStaff));
        Assert.Equal("/name", Assert.Single(taken.Errors).Path);
        Assert.Single(await Services.SendAsync(new ListPartnershipTemplates(W.Simplon.Id), W.SimplonAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new ListPartnershipTemplates(W.Simplon.Id), W.StepAdmin));

        var partners = PartnershipSamples.Pau(W).Partners!.Take(2).ToList();
        var term = new ContractTerm(new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));
        var draft = await Services.SendAsync(new DraftPartnershipFromTemplate(created.Id, W.Network.Id, null, "Fabrique de Lescar", partners, term, [W.Step.Id]), W.SimplonStaff);
        Assert.Equal(("Fabrique de Lescar", "Former gratuitement aux métiers du numérique."), (draft.Title, draft.Content.Objective));
        Assert.Equal(["BILAN", "COPIL", "IMPACT-1"], draft.Obligations.Select(o => o.Code));
        Assert.Equal(20, draft.Obligations.Single(o => o.Code == "IMPACT-1").Schedule!.DaysAfterQuarterEnd);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(
            new DraftPartnershipFromTemplate(created.Id, null, null, "Fabrique", partners, term, null), W.StepAdmin));
        var otherLead = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DraftPartnershipFromTemplate(created.Id, null, null, "Fabrique",
            [partners[0]! with { Role = PartnerRole.Operator }, partners[1]! with { Role = PartnerRole.Lead }], term, null), W.SimplonStaff));
        Assert.Equal("/content/partners", Assert.Single(otherLead.Errors).Path);
    }
}

public sealed class SqliteTemplateTests : TemplateScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerTemplateTests : TemplateScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
