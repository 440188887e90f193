using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Governance;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The steering committee: its cadence an obligation of the lead, its meetings meeting it, its decisions obligations of their owners.</summary>
public abstract class GovernanceScenarios : PartnershipScenarioBase
{
    private RecordMeeting Meeting(Guid id, DateOnly on, params DecisionTerms[] decisions) =>
        new(id, on, ["Directrice générale Simplon", "Directeur STEP", "Chargé de mission Région"], "Bilan du trimestre : 12 apprenant·es.", null, decisions);

    [DbFact]
    public async Task The_lead_records_meetings_whose_decisions_are_numbered_across_the_contract()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var first = await Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20),
            new("Confirmer le financement 2027", W.Region.Id, new DateOnly(2027, 1, 31)), new("Recruter la promotion 2", W.Step.Id, new DateOnly(2027, 2, 28))), W.SimplonStaff);
        Assert.Equal(("Comité de pilotage de la fabrique", "trimestriel"), (first.CommitteeName, first.CadenceLabel));
        var meeting = Assert.Single(first.Meetings);
        Assert.Equal((1, 3, "Bilan du trimestre : 12 apprenant·es."), (meeting.Number, meeting.Attendees.Count, meeting.Minutes));
        Assert.Equal([("DEC-1", "Région Nouvelle-Aquitaine"), ("DEC-2", "STEP")], meeting.Decisions.Select(d => (d.Code, d.OwnerName)));

        var document = await Services.SendAsync(new AttachContractDocument<PartnershipKind>(active.Id, "cr-copil.pdf", "application/pdf", "%PDF-1.7 cr"u8.ToArray()), W.SimplonStaff);
        var second = await Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 23), new DecisionTerms("Ouvrir une session à Oloron", W.Simplon.Id, new DateOnly(2027, 6, 30)))
            with { Minutes = null, MinutesDocumentId = document.Id }, W.SimplonAdmin);
        Assert.Equal([2, 1], second.Meetings.Select(m => m.Number));
        Assert.Equal((document.Id, "DEC-3"), (second.Meetings[0].MinutesDocumentId!.Value, second.Meetings[0].Decisions.Single().Code));
        Assert.Equal(2, (await Services.SendAsync(new GetGovernance(active.Id), W.RegionAdmin)).Meetings.Count);
        Assert.Contains((await GetAsync(active.Id)).History, h => h.Action == "meetingRecorded");
    }

    [DbFact]
    public async Task Only_the_lead_records_a_meeting_and_every_field_is_checked_at_once()
    {
        var active = await SignByAllAsync(await DraftAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20)), W.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20)), W.OutsiderAdmin));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new RecordMeeting(active.Id, new DateOnly(2026, 11, 24), [], " ", Guid.CreateVersion7(), null), W.SimplonStaff));
        Assert.Equal(["/heldOn", "/attendees", "/minutesDocumentId"], invalid.Errors.Select(e => e.Path));
        var decisions = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20),
            new DecisionTerms("", W.Outsider.Id, new DateOnly(2026, 11, 1)), new DecisionTerms("Suite", W.Step.Id, new DateOnly(2029, 1, 1))), W.SimplonStaff));
        Assert.Equal(["/decisions/0/title", "/decisions/0/ownerOrganizationId", "/decisions/0/dueDate", "/decisions/1/dueDate"], decisions.Errors.Select(e => e.Path));
        Assert.Empty((await Services.SendAsync(new GetGovernance(active.Id), W.StepMember)).Meetings);
    }

    [DbFact]
    public async Task A_contract_without_committee_has_no_meetings_and_none_is_held_under_a_draft()
    {
        var draft = await DraftAsync(PartnershipSamples.Pau(W) with { Committee = null });
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(Meeting(draft.Id, new DateOnly(2026, 11, 20)), W.SimplonStaff));
        var active = await SignByAllAsync(draft);
        Assert.DoesNotContain(active.Obligations, o => o.Code == CommitteeTerms.ObligationCode);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20)), W.SimplonStaff));
        Assert.Null((await Services.SendAsync(new GetGovernance(active.Id), W.StepMember)).CommitteeName);
    }

    [DbFact]
    public async Task The_cadence_and_the_decisions_are_obligations_that_survive_a_later_amendment()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var committee = Assert.Single(active.Obligations, o => o.Code == "COPIL");
        Assert.Equal(("governance", W.Simplon.Id.ToString("D"), "quarterly"), (committee.Category, committee.Actor, committee.Schedule!.Kind));
        await DispatchAsync();
        await Services.SendAsync(Meeting(active.Id, new DateOnly(2026, 11, 20), new DecisionTerms("Confirmer le financement 2027", W.Region.Id, new DateOnly(2027, 1, 31))),
            W.SimplonStaff);
        await DispatchAsync();
        Assert.Equal([("COPIL", "2026-09-30", "Overdue"), ("COPIL", "2026-12-31", "Submitted"), ("DEC-1", "2027-01-31", "Upcoming")],
            (await OccurrencesAsync(active.Id, "COPIL", "DEC-1")).Where(o => string.CompareOrdinal(o.Item2, "2027-01-31") <= 0).ToList());
        Assert.Equal(W.Region.Id.ToString("D"), (await Services.QueryAsync<string>("SELECT actor FROM obligations_occurrences WHERE code = 'DEC-1'")).Single());

        var version = (await GetAsync(active.Id)).Version;
        var change = await Services.SendAsync(new ProposeAmendment<PartnershipKind>(active.Id, version, new DateOnly(2027, 1, 1), "Bilan semestriel",
            ObligationTerms: [new ObligationTerm { Code = "BILAN", Title = "Bilan semestriel partagé", Category = "reporting", Actor = W.Step.Id.ToString(),
                Evidence = "file", Schedule = new() { Kind = "annually", Month = 6, Day = 30 } }]), W.SimplonStaff);
        foreach (var signatory in new[] { W.SimplonAdmin, W.StepAdmin, W.RegionAdmin })
            change = await Services.SendAsync(new SignAmendment<PartnershipKind>(active.Id, 1, change.Version), signatory);
        var inForce = await Services.SendAsync(new GetPartnershipTermsInForce(active.Id, new DateOnly(2027, 2, 1)));
        Assert.Equal((1, "BILAN"), (inForce.ObligationAmendment!.Value, inForce.ObligationTerms[0].GetProperty("code").GetString()));
        Assert.Null((await Services.SendAsync(new GetPartnershipTermsInForce(active.Id, new DateOnly(2026, 12, 1)))).ObligationAmendment);
        await DispatchAsync();
        var open = (await OccurrencesAsync(active.Id, "COPIL", "DEC-1", "REGION-2")).Where(o => o.Item3 != "Cancelled").Select(o => o.Item1).Distinct().ToList();
        Assert.Equal(["COPIL", "DEC-1", "REGION-2"], open);
    }

    private async Task<List<(string, string, string)>> OccurrencesAsync(Guid id, params string[] codes) =>
        (await Services.QueryAsync<(string, DateOnly, string)>(
            "SELECT code, due_date, state FROM obligations_occurrences WHERE contract_id = @Id AND code IN @Codes ORDER BY due_date, code", new { Id = id, Codes = codes }))
        .Select(o => (o.Item1, o.Item2.ToString("yyyy-MM-dd"), o.Item3)).ToList();
}

public sealed class SqliteGovernanceTests : GovernanceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerGovernanceTests : GovernanceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
