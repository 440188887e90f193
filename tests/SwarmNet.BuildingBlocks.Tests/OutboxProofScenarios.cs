using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>
/// What the outbox promises, each shown by an outcome that breaks without it: the lease between two hosts claiming in
/// an order the test sets, the backoff and its cap, an event name nobody knows, and the purge's retention.
/// </summary>
public abstract class OutboxProofScenarios : IAsyncLifetime
{
    private readonly DeliveryLog _log = new();
    private TestDatabase _database = null!;
    private TestServices _services = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, services =>
        {
            services.AddHandlersFrom(typeof(OutboxProofScenarios).Assembly);
            services.AddSingleton(new IntegrationEventAssembly(typeof(PingSent).Assembly));
            services.AddSingleton(_log);
            services.AddScoped<IIntegrationEventHandler<PingSent>, SteadySubscriber>();
            services.AddScoped<IIntegrationEventHandler<PingSent>, FlakySubscriber>();
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Another host's dispatcher on the same database.</summary>
    private OutboxDispatcher SecondHost() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services.Services);

    [DbFact]
    public async Task A_batch_leased_by_one_host_is_left_to_it_until_the_lease_ends()
    {
        for (var i = 0; i < 3; i++)
            await _services.SendAsync(new SendPing($"ping {i}"));
        var (first, second) = (_services.Get<OutboxDispatcher>(), SecondHost());

        Assert.Equal(3, (await first.ClaimBatchAsync(CancellationToken.None)).Count); // then the first host stops, mid-batch
        Assert.Empty(await second.ClaimBatchAsync(CancellationToken.None));
        _services.Clock.Advance(OutboxDispatcher.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await second.DispatchPendingAsync());
        Assert.Empty(_log.Steady);

        _services.Clock.Advance(TimeSpan.FromSeconds(2)); // the lease has run out: the batch is anyone's again
        Assert.Equal(3, await second.DispatchPendingAsync());
        Assert.Equal(["ping 0", "ping 1", "ping 2"], _log.Steady.Order());
    }

    [DbFact]
    public async Task Failed_deliveries_wait_twice_as_long_each_time_up_to_an_hour()
    {
        _log.FailFlakyTimes(100);
        var id = await _services.SendAsync(new SendPing("têtu"));
        var dispatcher = _services.Get<OutboxDispatcher>();

        var waits = new List<double>();
        for (var attempt = 1; attempt <= 14; attempt++)
        {
            Assert.Equal(0, await dispatcher.DispatchPendingAsync());
            var next = Assert.Single(await _services.QueryAsync<DateTimeOffset>("SELECT next_attempt_at FROM platform_outbox WHERE id = @id", new { id }));
            waits.Add((next - _services.Clock.GetUtcNow()).TotalSeconds);
            _services.Clock.Set(next);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600], waits);
        Assert.Equal(14L, Assert.Single(await _services.QueryAsync<long>("SELECT attempts FROM platform_outbox")));
        Assert.Equal(14, _log.FlakyAttempts);
    }

    [DbFact]
    public async Task An_event_name_nobody_knows_stays_undelivered_with_its_name_in_the_error_and_blocks_nothing()
    {
        var now = _services.Clock.GetUtcNow();
        await _services.QueryAsync<int>("""
            INSERT INTO platform_outbox (id, event_name, payload, occurred_at, attempts, next_attempt_at)
            VALUES (@Id, 'nobody.knows.v1', '{}', @Earlier, 0, @Earlier)
            """, new { Id = Guid.CreateVersion7(), Earlier = now.AddMinutes(-1) });
        await _services.SendAsync(new SendPing("connu"));

        Assert.Equal(1, await _services.Get<OutboxDispatcher>().DispatchPendingAsync());

        Assert.Equal(["connu"], _log.Steady);
        var unknown = Assert.Single(await _services.QueryAsync<(long Attempts, string? LastError, DateTimeOffset? DispatchedAt)>(
            "SELECT attempts, last_error, dispatched_at FROM platform_outbox WHERE event_name = 'nobody.knows.v1'"));
        Assert.Equal(1, unknown.Attempts);
        Assert.Null(unknown.DispatchedAt);
        Assert.Contains("nobody.knows.v1", unknown.LastError, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_purge_removes_delivered_events_and_their_inbox_rows_after_thirty_days_only()
    {
        var now = _services.Clock.GetUtcNow();
        var (old, recent, pending) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        foreach (var (id, dispatchedAt) in new[] { (old, (DateTimeOffset?)now.AddDays(-30).AddMinutes(-1)), (recent, now.AddDays(-30).AddMinutes(1)), (pending, null) })
        {
            await _services.QueryAsync<int>("""
                INSERT INTO platform_outbox (id, event_name, payload, occurred_at, attempts, next_attempt_at, dispatched_at)
                VALUES (@Id, 'tests.ping-sent.v1', '{}', @Long, 0, @Long, @DispatchedAt)
                """, new { Id = id, Long = now.AddDays(-60), DispatchedAt = dispatchedAt });
            await _services.QueryAsync<int>("INSERT INTO platform_inbox (event_id, handler, processed_at) VALUES (@Id, 'abonné', @Long)",
                new { Id = id, Long = now.AddDays(-60) });
        }

        await _services.SendAsync(_services.Get<IEnumerable<RecurringJobDefinition>>().Single(j => j.Id == "platform.purge-outbox").CreateCommand());

        Assert.Equal(new[] { recent, pending }.Order(), (await _services.QueryAsync<Guid>("SELECT id FROM platform_outbox")).Order());
        Assert.Equal(new[] { recent, pending }.Order(), (await _services.QueryAsync<Guid>("SELECT event_id FROM platform_inbox")).Order());
    }
}

public sealed class SqliteOutboxProofTests : OutboxProofScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOutboxProofTests : OutboxProofScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
