using MailKit.Net.Smtp;
using MimeKit;

namespace SwarmNet.BuildingBlocks.Mail;

/// <summary>Hands one finished message to the world: an SMTP server, or a folder of .eml files.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>MailKit to the configured server: TLS as set, credentials when given, one connection per batch is not worth the state.</summary>
internal sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, options.SmtpSecurity, ct);
        if (options.SmtpUser is not null)
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>
/// No SMTP server configured: each message is written whole (headers and body) as an .eml file any mail client opens. It is
/// written under a temporary name and renamed, so a reader of the folder never opens a half-written message.
/// </summary>
internal sealed class EmlFolderMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Folder);
        var path = Path.Combine(options.Folder, $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        await message.WriteToAsync(path + ".tmp", ct);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
