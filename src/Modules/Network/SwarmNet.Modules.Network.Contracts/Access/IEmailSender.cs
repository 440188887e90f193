namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>One plain-text e-mail.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// Delivers e-mails. The default writes each message to a file under the data folder (no SMTP here); a deployment
/// registers its own implementation.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
