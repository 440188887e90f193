using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.ContractKernel.Running;
using SwarmNet.Modules.Network;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>The licence scenarios' world, on each database: the Network fixture, documents in a temp folder. The clock starts on 23 November 2026.</summary>
public abstract class LicenceScenarioBase : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "swarmnet-tests", "documents-" + Guid.NewGuid().ToString("N"));

    private protected TestServices Services { get; private set; } = null!;

    private protected NetworkFixture F { get; private set; } = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Services = await TestServices.StartAsync(_database, s => s.AddSingleton(new DocumentStore(_documents)).AddNetworkModule().AddLicencesModule());
        F = await NetworkFixture.CreateAsync(Services);
        // Both structures are ready and were given the DIP a month ago: exclusive licences may be signed for them.
        await F.ReadyAndDisclosedAsync(Services, F.Step.Id);
        await F.ReadyAndDisclosedAsync(Services, F.Other.Id);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    private protected Task RunJobAsync() => Services.SendAsync(new RunContractLifecycle<LicenceKind>());

    private protected async Task DispatchAsync()
    {
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }
    }

    private protected async Task<List<string>> EventsAsync() =>
        (await Services.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name NOT LIKE 'network.%'")).Order(StringComparer.Ordinal).ToList();
}
