using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>What the Network module's scenarios start on each database: the module alone and its fixture (a head, its network, STEP, an outsider).</summary>
public abstract class NetworkScenarioBase : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected TestServices Services { get; private set; } = null!;
    protected NetworkFixture F { get; private set; } = null!;
    protected abstract DatabaseProvider Provider { get; }
    protected DateOnly Today => DateOnly.FromDateTime(Services.Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Services = await TestServices.StartAsync(_database, s => s.AddNetworkModule());
        F = await NetworkFixture.CreateAsync(Services);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
