namespace SwarmNet.BuildingBlocks.Outbox;

internal static class OutboxSql
{
    // The lease (locked_until) is what lets two hosts poll the same table without delivering a row twice.
    internal const string SqliteClaimSql = """
        UPDATE platform_outbox SET lock_id = @LockId, locked_until = @LockedUntil
        WHERE id IN (SELECT id FROM platform_outbox
                     WHERE dispatched_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY occurred_at LIMIT @Batch)
        """;

    internal const string SqlServerClaimSql = """
        UPDATE platform_outbox SET lock_id = @LockId, locked_until = @LockedUntil
        WHERE id IN (SELECT TOP (@Batch) id FROM platform_outbox WITH (UPDLOCK, READPAST)
                     WHERE dispatched_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY occurred_at)
        """;

    internal const string SelectClaimedSql = """
        SELECT id AS Id, event_name AS EventName, payload AS Payload, occurred_at AS OccurredAt, attempts AS Attempts
        FROM platform_outbox WHERE lock_id = @LockId ORDER BY occurred_at
        """;

    internal const string MarkDispatchedSql =
        "UPDATE platform_outbox SET dispatched_at = @Now, lock_id = NULL, locked_until = NULL, last_error = NULL WHERE id = @Id";

    internal const string MarkFailedSql = """
        UPDATE platform_outbox SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt,
               lock_id = NULL, locked_until = NULL
        WHERE id = @Id
        """;

    internal const string InboxSeenSql = "SELECT COUNT(*) FROM platform_inbox WHERE event_id = @EventId AND handler = @Handler";

    internal const string InsertInboxSql =
        "INSERT INTO platform_inbox (event_id, handler, processed_at) VALUES (@EventId, @Handler, @Now)";
}
