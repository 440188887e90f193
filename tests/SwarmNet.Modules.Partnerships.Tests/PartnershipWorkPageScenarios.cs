using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The page requests of the partnership panel answer from the module's own readers and rules: lines, refusals, effects.</summary>
public abstract class PartnershipWorkPageScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task The_panel_reads_instalments_meetings_and_milestones_and_records_each_under_the_modules_rules()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var work = await Services.SendAsync(new GetPartnershipWork(active.Id), W.StepMember);
        Assert.Equal([("REGION", 1, "en retard"), ("REGION", 2, "prévu")], work.Contributions.Where(c => c.Code == "REGION").Select(c => (c.Code, c.Number, c.StatusLabel)));
        Assert.Equal(("Comité de pilotage de la fabrique", "trimestriel"), (work.CommitteeName, work.CadenceLabel));
        Assert.Empty(work.Meetings);
        Assert.Equal(["KIT", "PROMO-1"], work.Milestones.Select(m => m.Code));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetPartnershipWork(active.Id), W.OutsiderAdmin));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new RecordCommitteeMeeting(active.Id, new DateOnly(2026, 11, 20), ["STEP"], "CR"), W.StepAdmin));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new RecordCommitteeMeeting(active.Id, new DateOnly(2026, 11, 20), [], "CR"), W.SimplonStaff));
        Assert.Equal(["/attendees"], invalid.Errors.Select(e => e.Path));
        await Services.SendAsync(new RecordCommitteeMeeting(active.Id, new DateOnly(2026, 11, 20), ["Simplon", "STEP"], "Bilan du trimestre"), W.SimplonStaff);
        await Services.SendAsync(new RecordContributionDelivered(active.Id, "REGION", 1, new DateOnly(2026, 10, 2), 15000m, null), W.RegionAdmin);
        await Services.SendAsync(new CompletePartnershipMilestone(active.Id, "KIT", new DateOnly(2026, 11, 2), "Kit remis au comité"), W.SimplonAdmin);

        var after = await Services.SendAsync(new GetPartnershipWork(active.Id), W.RegionAdmin);
        Assert.Equal((1, "Bilan du trimestre", 2), (after.Meetings.Single().Number, after.Meetings.Single().Minutes, after.Meetings.Single().Attendees.Count));
        var first = after.Contributions.Single(c => c.Code == "REGION" && c.Number == 1);
        Assert.Equal((true, new DateOnly(2026, 10, 2)), (first.Delivered, first.DeliveredOn!.Value));
        var kit = after.Milestones.Single(m => m.Code == "KIT");
        Assert.Equal((true, "Kit remis au comité"), (kit.Done, kit.Evidence));
        Assert.False(after.Milestones.Single(m => m.Code == "PROMO-1").Done);
    }
}

public sealed class SqlitePartnershipWorkPageTests : PartnershipWorkPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerPartnershipWorkPageTests : PartnershipWorkPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
