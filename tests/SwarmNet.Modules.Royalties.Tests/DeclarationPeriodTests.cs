using SwarmNet.BuildingBlocks.Errors;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The periods the declaration form offers: those begun, latest first, each with its declaration once there is one.</summary>
public sealed class DeclarationPeriodTests : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Every_begun_period_is_listed_with_its_declaration()
    {
        var agreement = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        var declared = await _w.DeclareAsync(agreement, "2026-09-01", 8000m);

        var periods = await _w.Services.SendAsync(new ListDeclarationPeriods(agreement), _w.Step);

        Assert.Equal(11, periods.Count); // January to November 2026, on 23 November
        Assert.Equal((D("2026-11-01"), D("2026-11-30")), (periods[0].Start, periods[0].End));
        var september = Assert.Single(periods, p => p.DeclarationId is not null);
        Assert.Equal((D("2026-09-01"), declared.Id, 1), (september.Start, september.DeclarationId!.Value, september.Version!.Value));
        Assert.Equal(11, (await _w.Services.SendAsync(new ListDeclarationPeriods(agreement), _w.Accountant)).Count);
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new ListDeclarationPeriods(agreement), _w.OtherAccountant));
    }
}
