namespace SwarmNet.BuildingBlocks.Outbox;

internal static class OutboxSql
{
    // The lease (locked_until) is what lets two hosts poll the same table without delivering a row twice.
    internal const string SqliteClaimSql = """
        UPDATE platform_outbox SET lock_id = @LockId, locked_until = @LockedUntil, lock_host = @Host, lock_instance = @Process
        WHERE id IN (SELECT id FROM platform_outbox
                     WHERE dispatched_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY occurred_at LIMIT @Batch)
        """;

    internal const string SqlServerClaimSql = """
        UPDATE platform_outbox SET lock_id = @LockId, locked_until = @LockedUntil, lock_host = @Host, lock_instance = @Process
        WHERE id IN (SELECT TOP (@Batch) id FROM platform_outbox WITH (UPDLOCK, READPAST)
                     WHERE dispatched_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY occurred_at)
        """;

    internal const string SelectClaimedSql = """
        SELECT id AS Id, event_name AS EventName, payload AS Payload, occurred_at AS OccurredAt, attempts AS Attempts, lock_id AS LockId
        FROM platform_outbox WHERE lock_id = @LockId ORDER BY occurred_at
        """;

    // While a batch is delivered its lease is pushed forward after each event, so it can be short and a crash is noticed soon.
    internal const string RenewLeaseSql =
        "UPDATE platform_outbox SET locked_until = @LockedUntil WHERE lock_id = @LockId AND dispatched_at IS NULL";

    // At start-up: the leases this host's earlier process held are orphans (that process is gone).
    internal const string ReclaimEarlierRunSql = """
        UPDATE platform_outbox SET lock_id = NULL, locked_until = NULL, lock_host = NULL, lock_instance = NULL
        WHERE dispatched_at IS NULL AND lock_host = @Host AND lock_instance <> @Process
        """;

    internal const string MarkDispatchedSql = """
        UPDATE platform_outbox SET dispatched_at = @Now, lock_id = NULL, locked_until = NULL, lock_host = NULL, lock_instance = NULL, last_error = NULL
        WHERE id = @Id
        """;

    internal const string MarkFailedSql = """
        UPDATE platform_outbox SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt,
               lock_id = NULL, locked_until = NULL, lock_host = NULL, lock_instance = NULL
        WHERE id = @Id
        """;

    internal const string InboxSeenSql = "SELECT COUNT(*) FROM platform_inbox WHERE event_id = @EventId AND handler = @Handler";

    internal const string InsertInboxSql =
        "INSERT INTO platform_inbox (event_id, handler, processed_at) VALUES (@EventId, @Handler, @Now)";
}
