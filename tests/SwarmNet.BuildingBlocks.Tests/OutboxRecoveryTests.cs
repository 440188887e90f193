using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>What a slow subscriber saw: how long the batch's lease still had to run when each event reached it.</summary>
public sealed class LeaseLog
{
    public List<TimeSpan> Remaining { get; } = [];
}

/// <summary>Each event takes 20 s of (controlled) time, and looks at the lease from another connection, as another host would.</summary>
internal sealed class SlowSubscriber(TimeProvider clock, DbConnectionFactory factory, LeaseLog leases) : IIntegrationEventHandler<PingSent>
{
    public async Task HandleAsync(PingSent integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        await using var connection = await factory.OpenAsync(ct);
        var lockedUntil = await Dapper.SqlMapper.ExecuteScalarAsync<DateTimeOffset>(connection, "SELECT locked_until FROM platform_outbox WHERE id = @Id",
            new { Id = context.EventId });
        leases.Remaining.Add(lockedUntil - clock.GetUtcNow());
        ((ManualClock)clock).Advance(TimeSpan.FromSeconds(20));
    }
}

/// <summary>
/// A host killed with its batch leased delivers it within seconds of starting again (it takes back its earlier
/// process's leases); another host leaves a live lease alone; a lease is renewed while its batch is worked on.
/// </summary>
public sealed class OutboxRecoveryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private readonly DeliveryLog _log = new();
    private readonly LeaseLog _leases = new();
    private TestServices _services = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(bool slow)
    {
        _services = await TestServices.StartAsync(_database, services =>
        {
            services.AddHandlersFrom(typeof(OutboxRecoveryTests).Assembly);
            services.AddSingleton(new IntegrationEventAssembly(typeof(PingSent).Assembly));
            services.AddSingleton(_log);
            services.AddSingleton(_leases);
            if (slow)
                services.AddScoped<IIntegrationEventHandler<PingSent>, SlowSubscriber>();
            else
                services.AddScoped<IIntegrationEventHandler<PingSent>, SteadySubscriber>();
        }, new Dictionary<string, string?> { ["Outbox:HostName"] = "hôte-1" });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A dispatcher of another process: of this host (a restart) or of another host.</summary>
    private OutboxDispatcher Process(string host) => new(
        _services.Services.GetRequiredService<IServiceScopeFactory>(), _services.Get<DbConnectionFactory>(), _services.Get<IntegrationEventRegistry>(),
        _services.Clock, new OutboxInstance(host, Guid.CreateVersion7()), NullLogger<OutboxDispatcher>.Instance);

    [Fact]
    public async Task A_restarted_host_delivers_what_its_killed_process_had_leased_at_once()
    {
        await StartAsync(slow: false);
        await _services.SendAsync(new SendPing("avant"));
        await _services.SendAsync(new SendPing("le crash"));
        Assert.Equal(2, (await Process("hôte-1").ClaimBatchAsync(CancellationToken.None)).Count); // then killed, mid-batch

        var otherHost = Process("hôte-2");
        Assert.Equal(0, await otherHost.ReclaimEarlierRunAsync());
        Assert.Equal(0, await otherHost.DispatchPendingAsync());

        var restarted = Process("hôte-1");
        Assert.Equal(2, await restarted.ReclaimEarlierRunAsync());
        Assert.Equal(2, await restarted.DispatchPendingAsync());
        Assert.Equal(["avant", "le crash"], _log.Steady.Order());
    }

    [Fact]
    public async Task The_host_takes_its_leases_back_when_it_starts_without_waiting_for_them_to_run_out()
    {
        await StartAsync(slow: false);
        await _services.SendAsync(new SendPing("orphelin"));
        await Process("hôte-1").ClaimBatchAsync(CancellationToken.None); // the earlier process, killed

        var background = _services.Get<IEnumerable<IHostedService>>().OfType<BackgroundService>().Single();
        await background.StartAsync(CancellationToken.None);
        try
        {
            for (var waited = 0; _log.Steady.Count == 0 && waited < 50; waited++)
                await Task.Delay(100);
        }
        finally
        {
            await background.StopAsync(CancellationToken.None);
        }

        Assert.Equal(["orphelin"], _log.Steady);
    }

    [Fact]
    public async Task A_lease_is_renewed_while_its_batch_is_worked_on_so_no_other_host_takes_it()
    {
        await StartAsync(slow: true);
        for (var i = 0; i < 4; i++)
            await _services.SendAsync(new SendPing($"lent {i}"));

        Assert.Equal(4, await Process("hôte-1").DispatchPendingAsync()); // 80 s of work under a 30 s lease

        Assert.Equal(Enumerable.Repeat(OutboxDispatcher.Lease, 4), _leases.Remaining);
    }
}
