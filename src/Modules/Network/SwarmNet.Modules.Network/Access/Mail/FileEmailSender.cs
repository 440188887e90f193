using System.Globalization;
using Microsoft.Extensions.Logging;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Mail;

/// <summary>No SMTP here: each e-mail becomes a text file under the data folder (and a log line), readable by a person or a test.</summary>
internal sealed partial class FileEmailSender(AccessOptions options, TimeProvider clock, ILogger<FileEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(options.MailFolder);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(options.MailFolder, $"{stamp}-{Guid.CreateVersion7():N}.txt");
        var text = $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await File.WriteAllTextAsync(path, text, ct);
        LogWritten(logger, message.To, message.Subject, Path.GetFullPath(path));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {To} ({Subject}) written to {Path}")]
    private static partial void LogWritten(ILogger logger, string to, string subject, string path);
}
