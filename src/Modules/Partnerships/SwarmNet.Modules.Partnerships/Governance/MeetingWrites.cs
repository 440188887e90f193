using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Governance;

/// <summary>Writes a meeting, numbered after the contract's last, and its decisions, numbered across the contract, each set in one statement.</summary>
internal sealed class MeetingWrites(DbSession db, TimeProvider clock)
{
    public async Task InsertAsync(Guid contractId, DateOnly heldOn, IReadOnlyList<string> attendees, string? minutes, Guid? minutesDocumentId,
        IReadOnlyList<DecisionTerms> decisions, Actor actor, CancellationToken ct)
    {
        var meetingId = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertMeetingSql, new
        {
            Id = meetingId, ContractId = contractId, HeldOn = heldOn, Attendees = JsonSerializer.Serialize(attendees), Minutes = minutes,
            MinutesDocumentId = minutesDocumentId, Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName,
        }, ct);
        if (decisions.Count > 0)
            await InsertDecisionsAsync(contractId, meetingId, decisions, ct);
    }

    private Task InsertDecisionsAsync(Guid contractId, Guid meetingId, IReadOnlyList<DecisionTerms> decisions, CancellationToken ct)
    {
        var rows = decisions.Select((d, i) => new { id = Guid.CreateVersion7(), offset = i + 1, title = d.Title!.Trim(), owner = d.OwnerOrganizationId, due = d.DueDate });
        var sql = db.Dialect.Provider == DatabaseProvider.SqlServer ? SqlServerInsertDecisionsSql : SqliteInsertDecisionsSql;
        return db.ExecuteAsync(sql, new { ContractId = contractId, MeetingId = meetingId, Rows = JsonSerializer.Serialize(rows) }, ct);
    }

    internal const string InsertMeetingSql = """
        INSERT INTO partnerships_meetings (id, contract_id, number, held_on, attendees, minutes, minutes_document_id, recorded_at, recorded_by_id, recorded_by_name)
        SELECT @Id, @ContractId, COALESCE(MAX(number), 0) + 1, @HeldOn, @Attendees, @Minutes, @MinutesDocumentId, @Now, @ActorId, @ActorName
        FROM partnerships_meetings WHERE contract_id = @ContractId
        """;

    /// <summary>Numbered after the contract's last decision, all in one statement.</summary>
    internal const string SqliteInsertDecisionsSql = """
        INSERT INTO partnerships_decisions (id, contract_id, meeting_id, number, title, owner_organization_id, due_date)
        SELECT json_extract(r.value, '$.id'), @ContractId, @MeetingId,
               (SELECT COALESCE(MAX(d.number), 0) FROM partnerships_decisions d WHERE d.contract_id = @ContractId) + json_extract(r.value, '$.offset'),
               json_extract(r.value, '$.title'), json_extract(r.value, '$.owner'), json_extract(r.value, '$.due')
        FROM json_each(@Rows) r
        """;

    internal const string SqlServerInsertDecisionsSql = """
        INSERT INTO partnerships_decisions (id, contract_id, meeting_id, number, title, owner_organization_id, due_date)
        SELECT r.id, @ContractId, @MeetingId,
               (SELECT COALESCE(MAX(d.number), 0) FROM partnerships_decisions d WHERE d.contract_id = @ContractId) + r.offset, r.title, r.owner, r.due
        FROM OPENJSON(@Rows) WITH (id UNIQUEIDENTIFIER '$.id', offset INT '$.offset', title NVARCHAR(150) '$.title', owner UNIQUEIDENTIFIER '$.owner',
                 due DATE '$.due') r
        """;
}
