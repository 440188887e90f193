using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Host.Jobs;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The real host, in-process, on a SQLite file of its own that is deleted afterwards (e-mails land beside it), and on
/// a clock the test controls: no host test reads the wall clock, so none passes or fails by the day it runs.
/// </summary>
public sealed class SwarmNetFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public SwarmNetFactory() : this(TestDatabase.CreateSqlite(), ownsDatabase: true) { }

    private SwarmNetFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The host on a database the caller keeps (one a CLI verb created, say); it is not deleted on dispose.</summary>
    public static SwarmNetFactory On(TestDatabase database) => new(database, ownsDatabase: false);

    public TestDatabase Database { get; }

    /// <summary>The host's <see cref="TimeProvider"/>; starts at <see cref="ManualClock.DefaultStart"/>.</summary>
    public ManualClock Clock { get; } = new();

    public string MailFolder => Path.Combine(Database.Folder!, "mail");

    /// <summary>Mail leaves after the commit, through the mail queue: waits (up to 10 s) for the one .eml written to that address.</summary>
    public async Task<MimeKit.MimeMessage> MailToAsync(string to)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var mails = Directory.Exists(MailFolder)
                ? Directory.GetFiles(MailFolder, "*.eml").Select(TryLoad).OfType<MimeKit.MimeMessage>().Where(m => m.To.Mailboxes.Any(a => a.Address == to)).ToList()
                : [];
            if (mails.Count > 0)
                return Xunit.Assert.Single(mails);
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No e-mail to {to} was written.");
    }

    /// <summary>Null while the sender still holds the file (another mail being written as the folder is read).</summary>
    private static MimeKit.MimeMessage? TryLoad(string file)
    {
        try { return MimeKit.MimeMessage.Load(file); }
        catch (IOException) { return null; }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        foreach (var (key, value) in Database.Settings)
            builder.UseSetting(key, value);
        builder.UseSetting("Jobs:Workers", "1");
        builder.UseSetting("Demo:SeedOnFirstRun", "false");
        // Every test client shares one address here; the sign-in limit has tests of its own that set it.
        builder.UseSetting("Access:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Mail:Folder", MailFolder);
        builder.UseSetting("Access:KeysFolder", Path.Combine(Database.Folder!, "keys"));
        builder.UseSetting("Documents:Root", Path.Combine(Database.Folder!, "documents"));
    }

    /// <summary>Runs a module's recurring job now, as Hangfire would (on <see cref="Clock"/>'s day).</summary>
    public Task RunJobAsync(string jobId) => Services.GetRequiredService<RecurringJobRunner>().RunAsync(jobId, CancellationToken.None);

    /// <summary>Sends a request as the platform itself, as the CLI does: to arrange a test's world.</summary>
    public async Task<T> SendAsSystemAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<Guid> OrganizationAsync(string name, OrganizationKind kind = OrganizationKind.LocalStructure) =>
        (await SendAsSystemAsync(new RegisterOrganization(name, kind, LegalForm.Other, null, null, null, null))).Id;

    public Task<Guid> UserAsync(string email, bool platformAdmin = false, params ActorMembership[] memberships) =>
        SendAsSystemAsync(new ProvisionUser(email, email.Split('@')[0], AccessHttp.Password, platformAdmin, memberships));

    /// <summary>A client signed in by cookie as that user.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        var client = CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A client signed in as a platform admin (created on first use).</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        const string email = "admin@tests.swarmnet.invalid";
        if (Interlocked.Exchange(ref _adminCreated, 1) == 0)
            await UserAsync(email, platformAdmin: true);
        return await ClientAsync(email);
    }

    private int _adminCreated;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
            await Database.DisposeAsync();
    }
}
