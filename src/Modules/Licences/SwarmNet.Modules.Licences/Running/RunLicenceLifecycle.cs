using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Running;

/// <summary>
/// The daily job: signed licences whose date came are activated, running ones past their end renew or expire
/// (<see cref="Lifecycle.Decide"/>). Safe twice and on two hosts: each change is guarded by the row's version, and
/// only the host whose update lands writes the history and the events.
/// </summary>
internal sealed record RunLicenceLifecycle : ICommand;

internal sealed class RunLicenceLifecycleHandler(DbSession db, LicenceHistory history, LicenceAnnouncements announce, TimeProvider clock)
    : IRequestHandler<RunLicenceLifecycle, Unit>
{
    public const string JobId = "licences.daily-lifecycle";
    internal const int BatchSize = 200;
    private static readonly Actor Job = Actor.System with { DisplayName = "SwarmNet (tâche quotidienne)" };

    public async Task<Unit> Handle(RunLicenceLifecycle request, CancellationToken cancellationToken)
    {
        var today = Today.Of(clock);
        var skipped = 0;
        while (true)
        {
            // Rows a concurrent host changed stay due in this snapshot: skip past them instead of looping on them.
            var due = await db.QueryAsync<LicenceRow>(SelectDueSql, new { Today = today, Skip = skipped, Take = BatchSize }, cancellationToken);
            foreach (var row in due)
                if (!await ProcessAsync(row, today, cancellationToken))
                    skipped++;
            if (due.Count < BatchSize)
                return Unit.Value;
        }
    }

    /// <summary>Applies every action due today to one licence (a long-missed renewal may take several terms); false if another host got there first.</summary>
    private async Task<bool> ProcessAsync(LicenceRow row, DateOnly today, CancellationToken ct)
    {
        var (status, term, decision, version) = (row.Status, row.Term, row.RenewalDecision, row.Version);
        for (var action = Lifecycle.Decide(status, term, decision, today); action != DailyAction.None; action = Lifecycle.Decide(status, term, decision, today))
        {
            var now = clock.GetUtcNow();
            switch (action)
            {
                case DailyAction.Activate:
                    if (await db.ExecuteAsync(ActivateSql, new { row.Id, Version = version, Day = term.EffectiveDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "activated", $"Date d'effet atteinte ({term.EffectiveDate:dd/MM/yyyy})", Job, ct);
                    await announce.ActivatedAsync(row, term.EffectiveDate, ct);
                    status = ContractStatus.Active;
                    break;
                case DailyAction.Renew:
                    var renewed = term.Renewed();
                    if (await db.ExecuteAsync(RenewSql, new { row.Id, Version = version, EndDate = renewed.EndDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "renewed", $"Fin reportée du {term.EndDate:dd/MM/yyyy} au {renewed.EndDate:dd/MM/yyyy}", Job, ct);
                    await announce.RenewedAsync(row, term.EndDate!.Value, renewed.EndDate!.Value, ct);
                    (term, decision) = (renewed, RenewalDecision.None);
                    break;
                case DailyAction.Expire:
                    if (await db.ExecuteAsync(ExpireSql, new { row.Id, Version = version, Day = term.EndDate, Now = now }, ct) == 0) return false;
                    await history.RecordAsync(row.Id, "expired", $"Arrivée à échéance le {term.EndDate:dd/MM/yyyy}", Job, ct);
                    await announce.ExpiredAsync(row, term.EndDate!.Value, ct);
                    status = ContractStatus.Expired;
                    break;
            }
            version++;
        }
        return true;
    }

    internal const string SelectDueSql = "SELECT " + LicenceRow.Columns + """
         FROM licences_licences l
        WHERE (l.status = 'Signed' AND l.effective_date <= @Today)
           OR (l.status IN ('Active', 'Suspended') AND l.end_date IS NOT NULL AND l.end_date < @Today)
        ORDER BY l.id {{PAGE}}
        """;

    internal const string ActivateSql = """
        UPDATE licences_licences SET status = 'Active', activated_on = @Day, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Signed' AND version = @Version
        """;

    internal const string RenewSql = """
        UPDATE licences_licences SET end_date = @EndDate, renewal_decision = 'None', updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    internal const string ExpireSql = """
        UPDATE licences_licences SET status = 'Expired', ended_on = @Day, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}
