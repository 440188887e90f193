using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Obligations.Reminders;
using Xunit;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>A real SMTP server in-process (SmtpServer, with credentials): what MailKit sends is what the reader gets, in their language.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Inbox _inbox = new();
    private readonly int _port = FreePort();
    private ObligationsWorld _w = null!;
    private Task _server = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, _port)).AllowUnsecureAuthentication(true).AuthenticationRequired(true))
            .Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(_inbox);
        provider.Add(new Credentials());
        _server = new SmtpServer.SmtpServer(options, provider).StartAsync(_stop.Token);
        _w = await ObligationsWorld.StartWithPeopleAsync(DatabaseProvider.Sqlite, s => s.AddSingleton(new MailOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = _port, SmtpSecurity = SecureSocketOptions.None, SmtpUser = "swarmnet", SmtpPassword = "secret",
            From = "SwarmNet <no-reply@swarmnet.invalid>",
        }));
        await _w.ActivateAsync();
    }

    public async Task DisposeAsync()
    {
        await _w.DisposeAsync();
        await _stop.CancelAsync();
        await _server.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Reminders_and_escalations_reach_the_smtp_server_once_in_each_reader_s_language()
    {
        _w.SetToday(new DateOnly(2027, 1, 26));
        await _w.Services.SendAsync(new RunObligationReminders());
        var dispatcher = _w.Services.Get<MailDispatcher>();
        Assert.Equal(4, await dispatcher.SendPendingAsync());
        Assert.Equal(0, await dispatcher.SendPendingAsync());

        var received = _inbox.Messages.ToDictionary(m => m.To.Mailboxes.Single().Address);
        Assert.Equal(["admin@triporteurs.invalid", "membre@step.invalid", "referente@step.invalid", "staff@triporteurs.invalid"], received.Keys.Order());
        Assert.Equal("Relance : « Déclaration mensuelle du chiffre d'affaires » à rendre le 15/01/2027", received["referente@step.invalid"].Subject);
        Assert.Contains("est à rendre le 15/01/2027 : elle est en retard.", received["referente@step.invalid"].TextBody, StringComparison.Ordinal);
        Assert.Contains("/obligations/occurrences/", received["referente@step.invalid"].TextBody, StringComparison.Ordinal);
        Assert.Equal("Alert: 'Déclaration mensuelle du chiffre d'affaires' overdue (Les Triporteurs)", received["staff@triporteurs.invalid"].Subject);
        Assert.Equal("no-reply@swarmnet.invalid", received["admin@triporteurs.invalid"].From.Mailboxes.Single().Address);
        Assert.All(received.Values, m => Assert.EndsWith("@swarmnet", m.MessageId, StringComparison.Ordinal));
        var bodies = await _w.Services.QueryAsync<string>("SELECT body FROM platform_mail WHERE sent_at IS NOT NULL");
        Assert.All(bodies, b => Assert.Equal("", b));
    }

    [Fact]
    public async Task Without_the_right_credentials_nothing_is_sent_and_the_mail_waits_for_a_retry()
    {
        await using var scope = _w.Services.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MailQueue>().EnqueueAsync(new EmailMessage("x@step.invalid", "Sujet", "Corps"), CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        var wrong = new MailDispatcher(_w.Services.Services.GetRequiredService<IServiceScopeFactory>(), _w.Services.Get<DbConnectionFactory>(),
            new WrongPasswordTransport(_port), _w.Services.Get<MailOptions>(), _w.Services.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<MailDispatcher>.Instance);
        Assert.Equal(0, await wrong.SendPendingAsync());
        Assert.Empty(_inbox.Messages);
        var (attempts, error) = (await _w.Services.QueryAsync<(long, string)>("SELECT attempts, last_error FROM platform_mail")).Single();
        Assert.Equal(1, attempts);
        Assert.False(string.IsNullOrEmpty(error));
    }

    private sealed class WrongPasswordTransport(int port) : IMailTransport
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            using var client = new MailKit.Net.Smtp.SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, ct);
            await client.AuthenticateAsync("swarmnet", "wrong", ct);
            await client.SendAsync(message, ct);
        }
    }

    private sealed class Credentials : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == "swarmnet" && password == "secret");
    }

    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
