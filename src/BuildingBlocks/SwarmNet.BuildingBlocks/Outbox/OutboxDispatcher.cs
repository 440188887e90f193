using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>
/// The host's one dispatcher. It claims a batch (a lease, so several hosts never deliver the same row at once),
/// hands each event to each handler in turn and marks it dispatched once every handler has it; a failure leaves
/// the event for a later attempt with backoff, and handlers that already succeeded are skipped by their inbox row.
/// The lease is short and renewed after each event of the batch; a restarted host takes back its earlier process's
/// leases at once (<see cref="ReclaimEarlierRunAsync"/>), so a crash delays events by seconds, not minutes.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, DbConnectionFactory factory, IntegrationEventRegistry registry, TimeProvider clock,
    OutboxInstance instance, ILogger<OutboxDispatcher> logger)
{
    internal const int BatchSize = 50;
    internal static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

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
            for (var i = 0; i < batch.Count; i++)
            {
                dispatched += await DeliverAsync(batch[i], ct) ? 1 : 0;
                if (i < batch.Count - 1)
                    await RenewLeaseAsync(batch[i].LockId, ct);
            }
            if (batch.Count < BatchSize)
                break;
        }
        return dispatched;
    }

    /// <summary>
    /// At start-up: releases the leases this host's earlier process held when it stopped (a crash, a kill), so its
    /// events go out now rather than when the leases run out. Other hosts' leases are theirs. Returns how many.
    /// </summary>
    public async Task<int> ReclaimEarlierRunAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var released = await session.ExecuteAsync(OutboxSql.ReclaimEarlierRunSql, new { instance.Host, instance.Process }, ct);
        if (released > 0)
            LogReclaimed(logger, released, instance.Host);
        return released;
    }

    // After each event: the rest of the batch stays leased however long the batch takes, so the lease can be short.
    private async Task RenewLeaseAsync(Guid lockId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DbSession>()
            .ExecuteAsync(OutboxSql.RenewLeaseSql, new { LockId = lockId, LockedUntil = clock.GetUtcNow() + Lease }, ct);
    }

    /// <summary>Leases the next due batch to this dispatcher (internal: tests claim step by step to interleave two hosts).</summary>
    internal async Task<IReadOnlyList<OutboxRow>> ClaimBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var lockId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var claim = factory.Dialect.Provider == DatabaseProvider.SqlServer ? OutboxSql.SqlServerClaimSql : OutboxSql.SqliteClaimSql;
        await session.ExecuteAsync(claim, new
        {
            LockId = lockId, LockedUntil = now + Lease, Now = now, Batch = BatchSize, instance.Host, instance.Process,
        }, ct);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took back {Count} event lease(s) held by an earlier run of host {Host}")]
    private static partial void LogReclaimed(ILogger logger, int count, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {EventName} {EventId} failed (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string eventName, Guid eventId, int attempt, string error);
}
