using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Obligations;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Reading;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The partnership scenarios' world, on each database: Network, Partnerships and Obligations; the clock starts on 23 November 2026.</summary>
public abstract class PartnershipScenarioBase : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private protected TestServices Services { get; private set; } = null!;

    private protected PartnershipWorld W { get; private set; } = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Services = await TestServices.StartAsync(_database, s => s.AddNetworkModule().AddPartnershipsModule().AddObligationsModule());
        W = await PartnershipWorld.CreateAsync(Services);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private protected Task<PartnershipDto> DraftAsync(Domain.PartnershipContent? content = null) =>
        Services.SendAsync(new DraftPartnership(W.Network.Id, null, content ?? PartnershipSamples.Pau(W)), W.SimplonStaff);

    private protected Task<PartnershipDto> GetAsync(Guid id, BuildingBlocks.Actors.Actor? actor = null) => Services.SendAsync(new GetPartnership(id), actor);

    /// <summary>Each partner signs with its own account: Simplon's admin, STEP's, the Région's.</summary>
    private protected async Task<PartnershipDto> SignByAllAsync(PartnershipDto draft)
    {
        var version = draft.Version;
        foreach (var signatory in new[] { W.SimplonAdmin, W.StepAdmin, W.RegionAdmin })
            version = (await Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, version), signatory)).Version;
        return await GetAsync(draft.Id);
    }

    private protected async Task DispatchAsync()
    {
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }
    }

    private protected async Task<List<string>> EventsAsync() =>
        (await Services.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name NOT LIKE 'network.%'")).Order(StringComparer.Ordinal).ToList();
}
