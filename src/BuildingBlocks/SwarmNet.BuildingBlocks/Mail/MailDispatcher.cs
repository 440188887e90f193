using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Mail;

/// <summary>
/// Sends queued mail outside any transaction. A batch is leased (several hosts never send the same row at once), each
/// message carries a Message-ID made of its row id (a resend after a crash between sending and marking is recognisable),
/// and a failure waits with backoff. A sent message keeps its recipient and subject; its body is cleared (it may hold a
/// one-time link).
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, DbConnectionFactory factory, IMailTransport transport, MailOptions options, TimeProvider clock,
    ILogger<MailDispatcher> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        var sent = 0;
        while (!ct.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            var lockId = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            var claim = factory.Dialect.Provider == DatabaseProvider.SqlServer ? MailSql.SqlServerClaimSql : MailSql.SqliteClaimSql;
            await session.ExecuteAsync(claim, new { LockId = lockId, LockedUntil = now + Lease, Now = now, Batch = BatchSize }, ct);
            var batch = await session.QueryAsync<MailRow>(MailSql.SelectClaimedSql, new { LockId = lockId }, ct);
            foreach (var row in batch)
                sent += await SendAsync(session, row, ct) ? 1 : 0;
            if (batch.Count < BatchSize)
                break;
        }
        return sent;
    }

    private async Task<bool> SendAsync(DbSession session, MailRow row, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync(Compose(row), ct);
            await session.ExecuteAsync(MailSql.MarkSentSql, new { row.Id, Now = clock.GetUtcNow() }, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, row.Attempts) * 30, TimeSpan.FromHours(6).TotalSeconds));
            await session.ExecuteAsync(MailSql.MarkFailedSql, new { row.Id, Error = ex.Message, NextAttemptAt = clock.GetUtcNow() + backoff }, ct);
            LogFailed(logger, row.Recipient, row.Attempts + 1, ex.Message);
            return false;
        }
    }

    private MimeMessage Compose(MailRow row)
    {
        var message = new MimeMessage { Subject = row.Subject, Date = row.QueuedAt, MessageId = $"{row.Id:N}@swarmnet" };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(row.Recipient));
        message.Body = new TextPart("plain") { Text = row.Body };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending an e-mail to {Recipient} failed (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string recipient, int attempt, string error);

    internal sealed class MailRow
    {
        public Guid Id { get; init; }
        public string Recipient { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Body { get; init; } = "";
        public DateTimeOffset QueuedAt { get; init; }
        public int Attempts { get; init; }
    }
}
