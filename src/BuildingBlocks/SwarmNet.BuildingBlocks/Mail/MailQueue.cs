using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.BuildingBlocks.Mail;

/// <summary>
/// How every module sends mail: queued in the current command's transaction (so a mail leaves only if the decision to
/// send it commits), delivered after the commit by <see cref="MailDispatcher"/>. Nothing slow happens in the transaction.
/// </summary>
public sealed class MailQueue(DbSession session, TimeProvider clock, OutboxSignal signal)
{
    public async Task EnqueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken ct)
    {
        if (session.Transaction is null)
            throw new InvalidOperationException("E-mails are queued inside a command's transaction.");
        if (messages.Count == 0)
            return;
        var now = clock.GetUtcNow();
        await session.ExecuteAsync(InsertSql, messages.Select(m => new { Id = Guid.CreateVersion7(), m.To, m.Subject, m.Body, Now = now }).ToList(), ct);
        session.AfterCommit(signal.Notify);
    }

    public Task EnqueueAsync(EmailMessage message, CancellationToken ct) => EnqueueAsync([message], ct);

    internal const string InsertSql = """
        INSERT INTO platform_mail (id, recipient, subject, body, queued_at, attempts, next_attempt_at)
        VALUES (@Id, @To, @Subject, @Body, @Now, 0, @Now)
        """;
}
