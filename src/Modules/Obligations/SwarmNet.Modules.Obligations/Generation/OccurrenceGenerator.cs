using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Schedule;
using static SwarmNet.Modules.Obligations.Generation.GenerationSql;

namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>
/// Creates a contract's occurrences due in a window, under the terms in force on each due date, skipping due dates
/// inside a suspension. Idempotent by the unique key: call it again on the same window and nothing changes.
/// </summary>
internal sealed class OccurrenceGenerator(DbSession db, TimeProvider clock)
{
    /// <summary>Occurrences are created up to today + 12 months; the daily job moves the horizon on.</summary>
    public const int HorizonMonths = 12;

    public static DateOnly HorizonOf(DateOnly today) => today.AddMonths(HorizonMonths);

    public async Task<int> GenerateAsync(Guid contractId, DateOnly from, DateOnly to, string note, CancellationToken ct)
    {
        var contract = await db.QuerySingleOrDefaultAsync<ContractRow>(SelectContractSql, new { ContractId = contractId }, ct);
        if (contract is null || from > to)
            return 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var planned = await PlanAsync(contract, from, to, ct);
        var (rows, reminders) = (new List<OccurrenceJson>(), new List<ReminderJson>());
        foreach (var (term, occurrence) in planned)
        {
            rows.Add(Row(term, occurrence, today));
            reminders.AddRange(Reminders(rows[^1], occurrence, today));
        }
        var sqlServer = db.Dialect.Provider == DatabaseProvider.SqlServer;
        var json = JsonSerializer.Serialize(rows, TermsJson.Options);
        var inserted = await db.ExecuteAsync(sqlServer ? SqlServerInsertOccurrencesSql : SqliteInsertOccurrencesSql,
            new { ContractId = contractId, Rows = json, Today = today }, ct);
        await db.ExecuteAsync(sqlServer ? SqlServerInsertGeneratedHistorySql : SqliteInsertGeneratedHistorySql,
            new { Rows = json, Now = clock.GetUtcNow(), ActorName = "SwarmNet", Note = note }, ct);
        await db.ExecuteAsync(sqlServer ? SqlServerInsertRemindersSql : SqliteInsertRemindersSql,
            new { Reminders = JsonSerializer.Serialize(reminders, TermsJson.Options) }, ct);
        await db.ExecuteAsync(AdvanceHorizonSql, new { ContractId = contractId, To = to, Now = clock.GetUtcNow() }, ct);
        return inserted;
    }

    /// <summary>What the terms in force give in [from, to], without the due dates a suspension covers.</summary>
    public async Task<List<(ObligationTerm Term, ScheduledOccurrence Occurrence)>> PlanAsync(ContractRow contract, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var versions = await db.QueryAsync<TermsVersion>(SelectTermsSql, new { ContractId = contract.Id }, ct);
        var suspensions = await db.QueryAsync<Suspension>(SelectSuspensionsSql, new { ContractId = contract.Id }, ct);
        var planned = new List<(ObligationTerm, ScheduledOccurrence)>();
        for (var i = 0; i < versions.Count; i++)
        {
            var windowFrom = versions[i].ValidFrom > from ? versions[i].ValidFrom : from;
            var windowTo = i + 1 < versions.Count && versions[i + 1].ValidFrom.AddDays(-1) < to ? versions[i + 1].ValidFrom.AddDays(-1) : to;
            var terms = TermsJson.Obligations(versions[i].Terms)
                .Where(t => t.Schedule?.Kind != ObligationVocabulary.AfterPeriodEnd || contract.Grid is not null).ToList();
            if (windowFrom > windowTo)
                continue;
            foreach (var occurrence in ObligationCalendar.Between(terms, contract.Cover, contract.Grid, windowFrom, windowTo))
                if (!suspensions.Any(s => s.Covers(occurrence.DueDate)))
                    planned.Add((terms.First(t => t.Code!.Trim() == occurrence.Code), occurrence));
        }
        return planned;
    }

    internal static OccurrenceJson Row(ObligationTerm term, ScheduledOccurrence o, DateOnly today)
    {
        // Something reporting on a period can be handed in once the period is over; anything else a month ahead.
        var opensOn = o.PeriodEnd is { } end ? (end.AddDays(1) < o.DueDate ? end.AddDays(1) : o.DueDate) : o.DueDate.AddDays(-30);
        var state = o.DueDate < today ? OccurrenceStates.Overdue : opensOn <= today ? OccurrenceStates.Due : OccurrenceStates.Upcoming;
        return new OccurrenceJson(Guid.CreateVersion7(), o.Code, term.Title!.Trim(), term.Category!, term.Actor!, term.Evidence!, o.DueDate,
            o.PeriodStart, o.PeriodEnd, opensOn, o.EscalationDate, state);
    }

    /// <summary>Reminders dated before the day of generation are never sent (obligation-terms.md); nor are past escalations.</summary>
    internal static IEnumerable<ReminderJson> Reminders(OccurrenceJson row, ScheduledOccurrence o, DateOnly today)
    {
        foreach (var on in o.ReminderDates.Where(d => d >= today))
            yield return new ReminderJson(row.Id, ReminderKinds.Reminder, o.DueDate.DayNumber - on.DayNumber, on);
        if (o.EscalationDate is { } escalation && escalation >= today)
            yield return new ReminderJson(row.Id, ReminderKinds.Escalation, escalation.DayNumber - o.DueDate.DayNumber, escalation);
    }

    internal sealed record OccurrenceJson(Guid Id, string Code, string Title, string Category, string Actor, string Evidence, DateOnly Due,
        DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly OpensOn, DateOnly? Escalation, string State);

    internal sealed record ReminderJson(Guid OccurrenceId, string Kind, int Offset, DateOnly On);

    internal sealed class TermsVersion
    {
        public DateOnly ValidFrom { get; init; }
        public string Terms { get; init; } = "[]";
    }

    internal sealed class Suspension
    {
        public DateOnly SuspendedOn { get; init; }
        public DateOnly? ResumedOn { get; init; }

        /// <summary>The resumption day is in force again.</summary>
        public bool Covers(DateOnly date) => date >= SuspendedOn && (ResumedOn is not { } resumed || date < resumed);
    }
}
