namespace SwarmNet.ContractKernel.Running;

/// <summary>
/// The daily job of a contract module (<see cref="ContractKindInfo.JobId"/>): signed contracts whose date came are
/// activated, those whose notice date came are terminated, running ones past their end renew or expire
/// (<see cref="Lifecycle.Decide"/>). Safe twice and on two hosts: each change is guarded by the row's version, and only
/// the host whose update lands writes the history and the events.
/// </summary>
public sealed record RunContractLifecycle<TKind> : ICommand where TKind : IContractKind
{
    /// <summary>Contracts read per page: a run goes on until a page comes back short.</summary>
    public const int BatchSize = 200;
}

internal sealed class RunContractLifecycleHandler<TKind>(ContractDb<TKind> db, ContractHistory<TKind> history, ContractAnnouncer<TKind> announce,
    Terminations<TKind> terminations, TimeProvider clock) : IRequestHandler<RunContractLifecycle<TKind>, Unit> where TKind : IContractKind
{
    public async Task<Unit> Handle(RunContractLifecycle<TKind> request, CancellationToken cancellationToken)
    {
        var today = ContractDay.Today(clock);
        var skipped = 0;
        while (true)
        {
            // Rows a concurrent host changed stay due in this snapshot: skip past them instead of looping on them.
            var due = await db.QueryAsync<ContractRecord>(SelectDueSql, new { Today = today, Skip = skipped, Take = RunContractLifecycle<TKind>.BatchSize }, cancellationToken);
            foreach (var row in due)
                if (!await ProcessAsync(row, today, cancellationToken))
                    skipped++;
            if (due.Count < RunContractLifecycle<TKind>.BatchSize)
                return Unit.Value;
        }
    }

    /// <summary>Applies every action due today to one contract (a long-missed renewal may take several terms); false if another host got there first.</summary>
    private async Task<bool> ProcessAsync(ContractRecord row, DateOnly today, CancellationToken ct)
    {
        var (status, term, decision, version) = (row.Status, row.Term, row.RenewalDecision, row.Version);
        var job = ContractHistory<TKind>.Job;
        for (var action = Lifecycle.Decide(status, term, decision, today, row.TerminatesOn); action != DailyAction.None;
             action = Lifecycle.Decide(status, term, decision, today, row.TerminatesOn))
        {
            var now = clock.GetUtcNow();
            switch (action)
            {
                case DailyAction.Activate:
                    if (await db.ExecuteAsync(ActivateSql, new { row.Id, Version = version, Day = term.EffectiveDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "activated", Text.T($"Date d'effet atteinte ({term.EffectiveDate:dd/MM/yyyy})", $"Effective date reached ({term.EffectiveDate:yyyy-MM-dd})"), job, ct);
                    await announce.AnnounceAsync(row.Id, new ContractFact.Activated(term.EffectiveDate), ct);
                    status = ContractStatus.Active;
                    break;
                case DailyAction.Terminate:
                    if (!await terminations.ApplyAsync(row.Id, version, row.TerminatesOn!.Value, job, ct)) return false;
                    status = ContractStatus.Terminated;
                    break;
                case DailyAction.Renew:
                    var renewed = term.Renewed();
                    if (await db.ExecuteAsync(RenewSql, new { row.Id, Version = version, renewed.EndDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "renewed", Text.T($"Fin reportée du {term.EndDate:dd/MM/yyyy} au {renewed.EndDate:dd/MM/yyyy}",
                        $"End moved from {term.EndDate:yyyy-MM-dd} to {renewed.EndDate:yyyy-MM-dd}"), job, ct);
                    await announce.AnnounceAsync(row.Id, new ContractFact.Renewed(term.EndDate!.Value, renewed.EndDate!.Value), ct);
                    (term, decision) = (renewed, RenewalDecision.None);
                    break;
                case DailyAction.Expire:
                    if (await db.ExecuteAsync(ExpireSql, new { row.Id, Version = version, Day = term.EndDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "expired", Text.T($"Arrivée à échéance le {term.EndDate:dd/MM/yyyy}", $"Reached its end on {term.EndDate:yyyy-MM-dd}"), job, ct);
                    await announce.AnnounceAsync(row.Id, new ContractFact.Expired(term.EndDate!.Value), ct);
                    status = ContractStatus.Expired;
                    break;
            }
            version++;
        }
        return true;
    }

    internal const string SelectDueSql = "SELECT " + ContractRecord.Columns + """
         FROM {{CONTRACTS}} c
        WHERE (c.status = 'Signed' AND c.effective_date <= @Today)
           OR (c.status IN ('Signed', 'Active', 'Suspended') AND c.terminates_on IS NOT NULL AND c.terminates_on <= @Today)
           OR (c.status IN ('Active', 'Suspended') AND c.end_date IS NOT NULL AND c.end_date < @Today)
        ORDER BY c.id {{PAGE}}
        """;

    internal const string ActivateSql = """
        UPDATE {{CONTRACTS}} SET status = 'Active', activated_on = @Day, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Signed' AND version = @Version
        """;

    internal const string RenewSql = """
        UPDATE {{CONTRACTS}} SET end_date = @EndDate, renewal_decision = 'None', updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    internal const string ExpireSql = """
        UPDATE {{CONTRACTS}} SET status = 'Expired', ended_on = @Day, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}
