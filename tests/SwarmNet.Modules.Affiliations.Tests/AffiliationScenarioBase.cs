using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Reading;
using SwarmNet.Modules.Network;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>The affiliation scenarios' world, on each database: the Network fixture (Les Triporteurs, STEP…), the clock on 23 November 2026.</summary>
public abstract class AffiliationScenarioBase : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private protected TestServices Services { get; private set; } = null!;

    private protected NetworkFixture F { get; private set; } = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Services = await TestServices.StartAsync(_database, s => s.AddNetworkModule().AddAffiliationsModule());
        F = await NetworkFixture.CreateAsync(Services);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private protected Actor OtherAdmin => NetworkFixture.Person("Gérante Roule Ma Poule", F.Other.Id, Roles.StructureAdmin);

    private protected Task<AffiliationDto> DraftAsync(AffiliationContent content, Guid? affiliate = null) =>
        Services.SendAsync(new DraftAffiliation(F.Head.Id, affiliate ?? F.Step.Id, null, null, content), F.HeadStaff);

    private protected Task<AffiliationDto> GetAsync(Guid id) => Services.SendAsync(new GetAffiliation(id));

    /// <summary>The head's admin signs, then the affiliate's admin.</summary>
    private protected async Task<AffiliationDto> SignBothAsync(AffiliationDto draft)
    {
        var first = await Services.SendAsync(new SignContract<AffiliationKind>(draft.Id, draft.Version), F.HeadAdmin);
        await Services.SendAsync(new SignContract<AffiliationKind>(draft.Id, first.Version), draft.Affiliate.Id == F.Step.Id ? F.StepAdmin : OtherAdmin);
        return await GetAsync(draft.Id);
    }

    /// <summary>An agreement with the affiliate, effective 1 November 2026, signed by both: active at once.</summary>
    private protected async Task<Guid> ActiveAsync(Guid affiliate)
    {
        var active = await SignBothAsync(await DraftAsync(AffiliationSamples.Content(effective: new DateOnly(2026, 11, 1)), affiliate));
        Assert.Equal(BuildingBlocks.ContractLifecycle.ContractStatus.Active, active.Status);
        return active.Id;
    }

    private protected async Task<List<string>> EventsAsync() =>
        (await Services.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name NOT LIKE 'network.%' ORDER BY event_name")).ToList();

    private protected async Task DispatchAsync()
    {
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }
    }
}
