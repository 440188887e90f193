using System.Text.Json;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Generation;
using SwarmNet.Modules.Obligations.Schedule;
using static SwarmNet.Modules.Obligations.Requested.RequestedSql;

namespace SwarmNet.Modules.Obligations.Requested;

/// <summary>
/// One-off duties another module asks of several contracts at once, outside their terms (docs/adr/0122): an affiliate's
/// acknowledgement of a new charter version. Dated, reminded and escalated like the terms' occurrences, marked with their
/// <c>origin</c> so an amendment leaves them be, written for every contract in one statement, once each (the unique key).
/// </summary>
internal sealed partial class RequestedOccurrences(DbSession db, TimeProvider clock, ILogger<RequestedOccurrences> logger)
{
    public async Task AddAsync(IReadOnlyList<Guid> contractIds, JsonElement obligation, string origin, string note, CancellationToken ct)
    {
        var term = obligation.Deserialize<ObligationTerm>(TermsJson.Options);
        if (term is not { Schedule: { Kind: ObligationVocabulary.Once, Date: { } due } } || ObligationTermsValidator.Validate([term]).Count > 0)
        {
            LogRefused(logger, origin);
            return;
        }
        // The contracts' own activation travels in the same outbox, maybe not yet delivered: fail, and be delivered again after it.
        var ids = contractIds.Distinct().Select(id => id.ToString("D")).ToArray();
        if (await db.ExecuteScalarAsync<long>(KnownContractsSql, new { Ids = ids }, ct) < ids.Length)
            throw new InvalidOperationException($"{origin}: a contract asked for is not known here yet; the event is retried after its activation.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scheduled = ObligationCalendar.Between([term], new ContractCover(due, null), null, due, due).Single();
        var rows = contractIds.Select(id => new { ContractId = id, Occurrence = OccurrenceGenerator.Row(term, scheduled, today) }).ToList();
        var first = rows[0].Occurrence;
        var sqlServer = db.Dialect.Provider == DatabaseProvider.SqlServer;
        var json = JsonSerializer.Serialize(rows.Select(r => new { id = r.Occurrence.Id, contractId = r.ContractId }));
        await db.ExecuteAsync(sqlServer ? SqlServerInsertSql : SqliteInsertSql, new
        {
            Rows = json, first.Code, first.Title, first.Category, first.Actor, first.Evidence, first.Due, first.OpensOn, first.Escalation, first.State,
            Today = today, Origin = origin,
        }, ct);
        await db.ExecuteAsync(sqlServer ? GenerationSql.SqlServerInsertGeneratedHistorySql : GenerationSql.SqliteInsertGeneratedHistorySql,
            new { Rows = json, Now = clock.GetUtcNow(), ActorName = "SwarmNet", Note = note }, ct);
        var reminders = rows.SelectMany(r => OccurrenceGenerator.Reminders(r.Occurrence, scheduled, today));
        await db.ExecuteAsync(sqlServer ? GenerationSql.SqlServerInsertRemindersSql : GenerationSql.SqliteInsertRemindersSql,
            new { Reminders = JsonSerializer.Serialize(reminders, TermsJson.Options) }, ct);
    }

    /// <summary>The duty is done (an acknowledgement needs no review): its open occurrence is accepted, on that day, in the history.</summary>
    public async Task FulfilAsync(Guid contractId, string code, string origin, DateOnly on, string by, string note, CancellationToken ct)
    {
        var parameters = new { ContractId = contractId, Code = code, Origin = origin, On = on, Now = clock.GetUtcNow(), ActorName = by, Note = note,
            Accepted = OccurrenceStates.Accepted };
        await db.ExecuteAsync(FulfilHistorySql, parameters, ct);
        await db.ExecuteAsync(FulfilSql, parameters, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A one-off obligation asked by {Origin} is not a valid 'once' term: no occurrence created")]
    private static partial void LogRefused(ILogger logger, string origin);
}
