namespace SwarmNet.BuildingBlocks.Mail;

internal static class MailSql
{
    internal const string SqliteClaimSql = """
        UPDATE platform_mail SET lock_id = @LockId, locked_until = @LockedUntil
        WHERE id IN (SELECT id FROM platform_mail
                     WHERE sent_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY queued_at LIMIT @Batch)
        """;

    internal const string SqlServerClaimSql = """
        UPDATE platform_mail SET lock_id = @LockId, locked_until = @LockedUntil
        WHERE id IN (SELECT TOP (@Batch) id FROM platform_mail WITH (UPDLOCK, READPAST)
                     WHERE sent_at IS NULL AND next_attempt_at <= @Now AND (locked_until IS NULL OR locked_until < @Now)
                     ORDER BY queued_at)
        """;

    internal const string SelectClaimedSql = """
        SELECT id AS Id, recipient AS Recipient, subject AS Subject, body AS Body, queued_at AS QueuedAt, attempts AS Attempts
        FROM platform_mail WHERE lock_id = @LockId ORDER BY queued_at
        """;

    internal const string MarkSentSql =
        "UPDATE platform_mail SET sent_at = @Now, body = '', lock_id = NULL, locked_until = NULL, last_error = NULL WHERE id = @Id";

    internal const string MarkFailedSql = """
        UPDATE platform_mail SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt, lock_id = NULL, locked_until = NULL
        WHERE id = @Id
        """;

    internal const string PurgeSentSql = "DELETE FROM platform_mail WHERE sent_at IS NOT NULL AND sent_at < @Before";
}
