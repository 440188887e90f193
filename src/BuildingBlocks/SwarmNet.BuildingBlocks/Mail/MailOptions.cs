using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace SwarmNet.BuildingBlocks.Mail;

/// <summary>
/// Settings under <c>Mail:</c>. With <c>Mail:Smtp:Host</c> set, e-mails go to that SMTP server (port, TLS mode, optional
/// credentials); without it (the embedded default) each one becomes an .eml file in <c>Mail:Folder</c>.
/// </summary>
public sealed class MailOptions
{
    public string From { get; init; } = "SwarmNet <no-reply@swarmnet.invalid>";
    public string Folder { get; init; } = "data/mail";
    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 587;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions SmtpSecurity { get; init; } = SecureSocketOptions.StartTls;
    public string? SmtpUser { get; init; }
    public string? SmtpPassword { get; init; }

    public static MailOptions Read(IConfiguration configuration)
    {
        var security = configuration["Mail:Smtp:Security"];
        return new MailOptions
        {
            From = configuration["Mail:From"] is { Length: > 0 } from ? from : "SwarmNet <no-reply@swarmnet.invalid>",
            Folder = configuration["Mail:Folder"] is { Length: > 0 } folder ? folder : "data/mail",
            SmtpHost = configuration["Mail:Smtp:Host"] is { Length: > 0 } host ? host : null,
            SmtpPort = configuration.GetValue("Mail:Smtp:Port", 587),
            SmtpSecurity = string.IsNullOrWhiteSpace(security) ? SecureSocketOptions.StartTls
                : Enum.TryParse<SecureSocketOptions>(security, ignoreCase: true, out var parsed) ? parsed
                : throw new InvalidOperationException($"Mail:Smtp:Security '{security}' is not one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}."),
            SmtpUser = configuration["Mail:Smtp:User"] is { Length: > 0 } user ? user : null,
            SmtpPassword = configuration["Mail:Smtp:Password"],
        };
    }
}
