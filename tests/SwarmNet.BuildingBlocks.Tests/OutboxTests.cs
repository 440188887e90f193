using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class OutboxTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private readonly DeliveryLog _log = new();
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(_database, services =>
    {
        services.AddHandlersFrom(typeof(OutboxTests).Assembly);
        services.AddSingleton(new IntegrationEventAssembly(typeof(PingSent).Assembly));
        services.AddSingleton(_log);
        services.AddScoped<IIntegrationEventHandler<PingSent>, SteadySubscriber>();
        services.AddScoped<IIntegrationEventHandler<PingSent>, FlakySubscriber>();
        services.AddScoped<IIntegrationEventHandler<PingSent>, RecordingSubscriber>();
    });

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Each_subscriber_gets_the_event_exactly_once_even_when_the_first_delivery_throws()
    {
        var dispatcher = _services.Get<OutboxDispatcher>();
        _log.FailFlakyTimes(1);
        await _services.SendAsync(new SendPing("bonjour"));

        Assert.Equal(0, await dispatcher.DispatchPendingAsync());
        Assert.Equal(["bonjour"], _log.Steady);
        Assert.Empty(_log.Flaky);

        Assert.Equal(0, await dispatcher.DispatchPendingAsync()); // backing off: not due yet
        Assert.Equal(1, _log.FlakyAttempts);

        _services.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await dispatcher.DispatchPendingAsync());
        Assert.Equal(0, await dispatcher.DispatchPendingAsync());

        Assert.Equal(["bonjour"], _log.Steady);
        Assert.Equal(["bonjour"], _log.Flaky);
        var row = Assert.Single(await _services.QueryAsync<(long Attempts, string? DispatchedAt, string? LastError)>(
            "SELECT attempts, dispatched_at, last_error FROM platform_outbox"));
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.DispatchedAt);
        Assert.Null(row.LastError);
        // three handlers' inbox rows, plus the one row the recording subscriber wrote in its own transaction
        Assert.Equal(3L, Assert.Single(await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_inbox WHERE handler LIKE 'SwarmNet.%'")));
        Assert.Equal(["bonjour"], await _services.QueryAsync<string>("SELECT handler FROM platform_inbox WHERE handler NOT LIKE 'SwarmNet.%'"));
    }

    [Fact]
    public async Task A_command_that_fails_after_publishing_leaves_no_event()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _services.SendAsync(new SendPing("perdu", FailAfterPublishing: true)));

        Assert.Equal(0L, Assert.Single(await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox")));
        Assert.Equal(0, await _services.Get<OutboxDispatcher>().DispatchPendingAsync());
        Assert.Empty(_log.Steady);
    }

    [Fact]
    public async Task Events_are_written_only_inside_a_command_transaction()
    {
        await using var scope = _services.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox.Outbox>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.PublishAsync(new PingSent("hors transaction"), CancellationToken.None));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_deliver_each_event_once()
    {
        for (var i = 0; i < 30; i++)
            await _services.SendAsync(new SendPing($"ping {i}"));
        var dispatcher = _services.Get<OutboxDispatcher>();

        var counts = await Task.WhenAll(Task.Run(() => dispatcher.DispatchPendingAsync()), Task.Run(() => dispatcher.DispatchPendingAsync()));

        Assert.Equal(30, counts.Sum());
        Assert.Equal(30, _log.Steady.Distinct().Count());
        Assert.Equal(30, _log.Steady.Count);
        Assert.Equal(30, _log.Flaky.Count);
    }

    [Fact]
    public async Task Invalid_commands_report_every_field_and_write_nothing()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new SendPing("")));
        Assert.Equal("/message", Assert.Single(error.Errors).Path);
        Assert.Equal(0L, Assert.Single(await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox")));
    }
}
