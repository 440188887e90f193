using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.Modules.Obligations.Domain;
using static SwarmNet.Modules.Obligations.Reminders.ReminderSql;

namespace SwarmNet.Modules.Obligations.Reminders;

/// <summary>
/// The daily job: occurrences open or fall overdue, then every reminder and escalation due today (or missed on an earlier
/// day) is marked sent and notified, in one transaction. Marking is an UPDATE of the not-yet-sent rows, so a second run,
/// a second host or a run after a crash (the transaction rolled back) never notifies the same occurrence and offset twice;
/// the e-mails leave through the mail queue after the commit.
/// </summary>
internal sealed record RunObligationReminders : ICommand;

internal sealed class RunObligationRemindersHandler(DbSession db, IMediator mediator, TimeProvider clock) : IRequestHandler<RunObligationReminders, Unit>
{
    public const string JobId = "obligations.daily-reminders";

    public async Task<Unit> Handle(RunObligationReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var states = new { Today = today, Now = now, Due = OccurrenceStates.Due, Overdue = OccurrenceStates.Overdue };
        await db.ExecuteAsync(OpenHistorySql, states, cancellationToken);
        await db.ExecuteAsync(OpenSql, states, cancellationToken);
        await db.ExecuteAsync(OverdueHistorySql, states, cancellationToken);
        await db.ExecuteAsync(OverdueSql, states, cancellationToken);

        var batch = Guid.CreateVersion7();
        await db.ExecuteAsync(ClaimSql, new { Today = today, Now = now, Batch = batch }, cancellationToken);
        var claimed = await db.QueryAsync<ClaimedReminder>(SelectClaimedSql, new { Batch = batch }, cancellationToken);
        var notices = claimed.DistinctBy(c => (c.OccurrenceId, c.Kind)).Select(ReminderNotices.For).ToList();
        if (notices.Count > 0)
            await mediator.Send(new Notify(notices), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A reminder or escalation this run decided to send, with what its message says.</summary>
internal sealed class ClaimedReminder
{
    public Guid OccurrenceId { get; init; }
    public string Kind { get; init; } = "";
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string Actor { get; init; } = "";
    public DateOnly DueDate { get; init; }
    public string State { get; init; } = "";
    public Guid GrantorOrganizationId { get; init; }
    public Guid StructureOrganizationId { get; init; }
    public string ContractTitle { get; init; } = "";
}
