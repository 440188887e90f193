using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The meeting form's decisions reach the module's meeting: each read back with the partner who follows it up and its due date.</summary>
public abstract class MeetingDecisionsPageScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task Decisions_recorded_with_a_meeting_are_read_back_with_their_owner_and_due_date()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var heldOn = new DateOnly(2026, 11, 20);
        var work = await Services.SendAsync(new GetPartnershipWork(active.Id), W.SimplonStaff);
        Assert.Equal([(W.Simplon.Id, "chef de file"), (W.Step.Id, "structure d'accueil"), (W.Region.Id, "financeur")],
            work.Partners.Select(p => (p.OrganizationId, p.RoleLabel)));

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new RecordCommitteeMeeting(active.Id, heldOn, ["Simplon"], "CR",
            [new MeetingDecision(" ", W.Outsider.Id, heldOn.AddDays(-1))]), W.SimplonStaff));
        Assert.Equal(["/decisions/0/title", "/decisions/0/ownerOrganizationId", "/decisions/0/dueDate"], invalid.Errors.Select(e => e.Path));

        await Services.SendAsync(new RecordCommitteeMeeting(active.Id, heldOn, ["Simplon", "STEP", "Région"], "Bilan du trimestre",
        [
            new MeetingDecision("Ouvrir une deuxième promotion", W.Step.Id, new DateOnly(2027, 1, 31)),
            new MeetingDecision("Relancer le versement régional", W.Region.Id, new DateOnly(2026, 12, 15)),
        ]), W.SimplonStaff);

        var meeting = Assert.Single((await Services.SendAsync(new GetPartnershipWork(active.Id), W.StepMember)).Meetings);
        Assert.Equal([("Ouvrir une deuxième promotion", W.Step.Id, "STEP", new DateOnly(2027, 1, 31)),
                ("Relancer le versement régional", W.Region.Id, "Région Nouvelle-Aquitaine", new DateOnly(2026, 12, 15))],
            meeting.Decisions.Select(d => (d.Title, d.OwnerOrganizationId, d.OwnerName, d.DueDate)));
        Assert.All(meeting.Decisions, d => Assert.StartsWith("DEC-", d.Code, StringComparison.Ordinal));
    }
}

public sealed class SqliteMeetingDecisionsPageTests : MeetingDecisionsPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerMeetingDecisionsPageTests : MeetingDecisionsPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
