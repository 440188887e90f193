using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.BuildingBlocks.Jobs;

/// <summary>Daily housekeeping: delivered events, their inbox rows and sent e-mails are kept 30 days for diagnosis, then removed.</summary>
public sealed record PurgeDispatchedOutbox : ICommand;

internal sealed class PurgeDispatchedOutboxHandler(DbSession session, TimeProvider clock) : IRequestHandler<PurgeDispatchedOutbox, Unit>
{
    internal static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task<Unit> Handle(PurgeDispatchedOutbox request, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - Retention;
        await session.ExecuteAsync(PurgeInboxSql, new { Before = before }, cancellationToken);
        await session.ExecuteAsync(PurgeOutboxSql, new { Before = before }, cancellationToken);
        await session.ExecuteAsync(Mail.MailSql.PurgeSentSql, new { Before = before }, cancellationToken);
        return Unit.Value;
    }

    internal const string PurgeInboxSql = """
        DELETE FROM platform_inbox WHERE event_id IN
            (SELECT id FROM platform_outbox WHERE dispatched_at IS NOT NULL AND dispatched_at < @Before)
        """;

    internal const string PurgeOutboxSql = "DELETE FROM platform_outbox WHERE dispatched_at IS NOT NULL AND dispatched_at < @Before";
}
