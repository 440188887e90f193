using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>
/// The host's one dispatcher. It claims a batch (a lease, so several hosts never deliver the same row at once),
/// hands each event to each handler in turn and marks it dispatched once every handler has it; a failure leaves
/// the event for a later attempt with backoff, and handlers that already succeeded are skipped by their inbox row.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, DbConnectionFactory factory, IntegrationEventRegistry registry, TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    internal const int BatchSize = 50;
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);
    private static readonly ConcurrentDictionary<Type, IEventDelivery> Deliveries = new();

    /// <summary>Delivers everything due now; returns how many events were fully dispatched.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        var dispatched = 0;
        while (!ct.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(ct);
            if (batch.Count == 0)
                break;
            foreach (var row in batch)
                dispatched += await DeliverAsync(row, ct) ? 1 : 0;
            if (batch.Count < BatchSize)
                break;
        }
        return dispatched;
    }

    /// <summary>Leases the next due batch to this dispatcher (internal: tests claim step by step to interleave two hosts).</summary>
    internal async Task<IReadOnlyList<OutboxRow>> ClaimBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var lockId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var claim = factory.Dialect.Provider == DatabaseProvider.SqlServer ? OutboxSql.SqlServerClaimSql : OutboxSql.SqliteClaimSql;
        await session.ExecuteAsync(claim, new { LockId = lockId, LockedUntil = now + Lease, Now = now, Batch = BatchSize }, ct);
        return await session.QueryAsync<OutboxRow>(OutboxSql.SelectClaimedSql, new { LockId = lockId }, ct);
    }

    private async Task<bool> DeliverAsync(OutboxRow row, CancellationToken ct)
    {
        var type = registry.TypeOf(row.EventName);
        string? error = type is null ? $"Unknown integration event '{row.EventName}'." : null;
        if (type is not null)
        {
            var delivery = Deliveries.GetOrAdd(type, t => (IEventDelivery)Activator.CreateInstance(typeof(EventDelivery<>).MakeGenericType(t))!);
            error = await delivery.DeliverAsync(scopes, row, ct);
        }

        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var now = clock.GetUtcNow();
        if (error is null)
        {
            await session.ExecuteAsync(OutboxSql.MarkDispatchedSql, new { row.Id, Now = now }, ct);
            return true;
        }
        var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, row.Attempts), MaxBackoff.TotalSeconds));
        await session.ExecuteAsync(OutboxSql.MarkFailedSql, new { row.Id, Error = error, NextAttemptAt = now + backoff }, ct);
        LogFailed(logger, row.EventName, row.Id, row.Attempts + 1, error);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {EventName} {EventId} failed (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string eventName, Guid eventId, int attempt, string error);
}
