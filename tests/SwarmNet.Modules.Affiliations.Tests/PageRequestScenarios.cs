using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Programmes;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>The requests the web pages send: the charter and programmes of a network, where each affiliate stands, acknowledging on an agreement.</summary>
public abstract class PageRequestScenarios : AffiliationScenarioBase
{
    [DbFact]
    public async Task The_head_reads_its_charter_and_programmes_and_the_affiliate_acknowledges_on_its_agreement()
    {
        var step = await ActiveAsync(F.Step.Id);
        var other = await ActiveAsync(F.Other.Id);
        await Services.SendAsync(new PublishCharterVersion(F.Network.Id, "Première charte", "Charte", 10), F.HeadStaff);
        var purchasing = await Services.SendAsync(new DefineProgramme(F.Network.Id, ProgrammeKind.Purchasing, "Achats de vélos", "Tarifs négociés"), F.HeadStaff);
        await Services.SendAsync(new JoinProgramme(step, purchasing.Id), F.StepAdmin);

        await Services.SendAsync(new AcknowledgeAgreementCharter(step, 1), F.StepAdmin);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new AcknowledgeAgreementCharter(other, 1), F.HeadStaff));

        var head = await Services.SendAsync(new GetCharterAndProgrammes(F.Network.Id), F.HeadStaff);
        Assert.Equal([(1, "Première charte", 2, 1, 0)], head.Charter.Select(v => (v.Number, v.Summary, v.Pushed!.Value, v.Acknowledged!.Value, v.Overdue!.Value)));
        Assert.Equal([("Achats de vélos", "achats groupés", 1)], head.Programmes.Select(p => (p.Name, p.KindLabel, p.Participants!.Value)));
        var affiliate = await Services.SendAsync(new GetCharterAndProgrammes(F.Network.Id), F.StepAdmin);
        Assert.Null(Assert.Single(affiliate.Charter).Pushed);
        Assert.Null(Assert.Single(affiliate.Programmes).Participants);

        var lines = await Services.SendAsync(new ListCharterAcknowledgementLines(F.Network.Id, 1), F.HeadStaff);
        Assert.Equal([("Roule Ma Poule", "attendue", false), ("STEP", "prise de connaissance faite", true)], lines.Select(l => (l.AffiliateName, l.StateLabel, l.Acknowledged)));
        var mine = await Services.SendAsync(new GetAgreementCharter(step), F.StepAdmin);
        Assert.Equal(("Référente STEP", "Achats de vélos"), (Assert.Single(mine.Charter).AcknowledgedBy, Assert.Single(mine.Programmes).Name));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetAgreementCharter(step), OtherAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new ListCharterAcknowledgementLines(F.Network.Id, 1), F.StepAdmin));
    }

    [DbFact]
    public async Task The_heads_staff_publish_a_version_and_define_a_programme_from_the_page_under_the_modules_rules()
    {
        await ActiveAsync(F.Step.Id);
        Assert.Equal(1, await Services.SendAsync(new PublishCharterText(F.Network.Id, "Première charte", "Charte", 15), F.HeadStaff));
        Assert.Equal(2, await Services.SendAsync(new PublishCharterText(F.Network.Id, "Logo", "Charte v2", null), F.HeadStaff));
        var programme = await Services.SendAsync(new DefineNetworkProgramme(F.Network.Id, "advocacy", "Plaidoyer mobilité", null), F.HeadStaff);

        var sheet = await Services.SendAsync(new GetCharterAndProgrammes(F.Network.Id), F.HeadStaff);
        Assert.Equal([(2, 1), (1, 1)], sheet.Charter.Select(v => (v.Number, v.Pushed!.Value)));
        Assert.Equal((programme, "plaidoyer"), (Assert.Single(sheet.Programmes).Id, sheet.Programmes[0].KindLabel));
        var bad = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DefineNetworkProgramme(F.Network.Id, "lobbying", "", null), F.HeadStaff));
        Assert.Equal(["/kind", "/name"], bad.Errors.Select(e => e.Path).Order());
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new PublishCharterText(F.Network.Id, "X", "Y", 10), F.StepAdmin));

        var step = (await Services.SendAsync(new ListCharterAcknowledgementLines(F.Network.Id, 1), F.HeadStaff)).Single().AffiliationId;
        await Services.SendAsync(new JoinNetworkProgramme(step, programme), F.StepAdmin);
        Assert.Equal("Plaidoyer mobilité", Assert.Single((await Services.SendAsync(new GetAgreementCharter(step), F.StepAdmin)).Programmes).Name);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new JoinNetworkProgramme(step, programme), F.StepAdmin));
        await Services.SendAsync(new LeaveNetworkProgramme(step, programme), F.StepAdmin);
        Assert.Empty((await Services.SendAsync(new GetAgreementCharter(step), F.StepAdmin)).Programmes);
    }
}

public sealed class SqlitePageRequestTests : PageRequestScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
