using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Network;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>The activation event reaches a subscriber exactly once, even when its first delivery throws.</summary>
public sealed class ActivationDeliveryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private readonly ActivationLog _log = new();
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(_database, services =>
    {
        services.AddNetworkModule().AddLicencesModule();
        services.AddSingleton(_log);
        services.AddScoped<IIntegrationEventHandler<LicenceActivated>, FlakyActivationSubscriber>();
    });

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_activation_event_is_handled_once_after_a_failed_first_attempt()
    {
        var f = await NetworkFixture.CreateAsync(_services);
        await f.ReadyAndDisclosedAsync(_services, f.Step.Id);
        var draft = await f.DraftAsync(_services, f.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        _log.FailuresLeft = 1;
        await f.SignBothAsync(_services, draft);
        var dispatcher = _services.Get<OutboxDispatcher>();

        while (await dispatcher.DispatchPendingAsync() > 0) { }
        Assert.Equal((1, 0), (_log.Attempts, _log.Received.Count));

        _services.Clock.Advance(TimeSpan.FromMinutes(5)); // past the retry backoff
        while (await dispatcher.DispatchPendingAsync() > 0) { }
        _services.Clock.Advance(TimeSpan.FromHours(2));
        while (await dispatcher.DispatchPendingAsync() > 0) { }

        var received = Assert.Single(_log.Received);
        Assert.Equal((draft.Id, f.Step.Id, new DateOnly(2026, 11, 1)), (received.Licence.LicenceId, received.Licence.LicenseeOrganizationId, received.ActivatedOn));
        Assert.Equal("percentage", received.Licence.RoyaltyTerms!.Value.GetProperty("components")[0].GetProperty("type").GetString());
        Assert.Equal("DECL-CA", received.Licence.ObligationTerms[0].GetProperty("code").GetString());
        Assert.Equal(2, _log.Attempts);
        var pending = await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox WHERE dispatched_at IS NULL");
        Assert.Equal(0L, Assert.Single(pending));
    }

    public sealed class ActivationLog
    {
        public int FailuresLeft { get; set; }
        public int Attempts { get; set; }
        public List<LicenceActivated> Received { get; } = [];
    }

    private sealed class FlakyActivationSubscriber(ActivationLog log) : IIntegrationEventHandler<LicenceActivated>
    {
        public Task HandleAsync(LicenceActivated integrationEvent, IntegrationEventContext context, CancellationToken ct)
        {
            log.Attempts++;
            if (log.FailuresLeft-- > 0)
                throw new TimeoutException("Royalties unavailable");
            log.Received.Add(integrationEvent);
            return Task.CompletedTask;
        }
    }
}
