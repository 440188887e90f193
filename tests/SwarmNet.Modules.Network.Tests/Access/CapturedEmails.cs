using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MimeKit;
using SwarmNet.BuildingBlocks.Mail;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>Keeps the e-mails the dispatcher sends in memory instead of writing files, and reads the invitation and password reset links back.</summary>
internal sealed partial class CapturedEmails : IMailTransport
{
    public ConcurrentQueue<MimeMessage> Sent { get; } = new();

    public Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public string LastInvitationToken(string to) =>
        InvitationToken().Match(Sent.Last(m => m.To.Mailboxes.Any(a => a.Address == to)).TextBody ?? "").Groups[1].Value;

    public string LastResetToken(string to) =>
        ResetToken().Match(Sent.Last(m => m.To.Mailboxes.Any(a => a.Address == to)).TextBody ?? "").Groups[1].Value;

    [GeneratedRegex(@"token=(inv_[A-Za-z0-9_-]+)")]
    private static partial Regex InvitationToken();

    [GeneratedRegex(@"/password/reset\?token=(pwr_[A-Za-z0-9_-]+)")]
    private static partial Regex ResetToken();
}
