using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The candidates' simulator: a monthly revenue growing each royalty year, spread over the terms' periods and simulated.</summary>
public sealed class ProjectionTests : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    /// <summary>5 % of deliveries, half of it waived the first six months.</summary>
    private static RoyaltyTerms Terms => DeclarationScenarios.Monthly with
    {
        Components = [Percentage(0.05m, "royalty", "Redevance de marque", "livraison")],
        RampUp = [new RampUpStep { FromMonth = 1, ToMonth = 6, Discount = 0.5m }],
    };

    [Fact]
    public async Task Each_year_grows_and_the_start_up_months_are_discounted()
    {
        var result = await _w.Services.SendAsync(new ProjectRoyalties(Terms, 1000m, 0.10m, 2), _w.Step);

        Assert.Equal([1, 2], result.Years.Select(y => y.RoyaltyYear));
        Assert.Equal((12000.00m, 450.00m), (result.Years[0].Revenue, result.Years[0].ByAccount.Royalty)); // 600 € less half of six months' 50 €
        Assert.Equal((13200.00m, 660.00m), (result.Years[1].Revenue, result.Years[1].ByAccount.Royalty));
        Assert.Equal(24, result.Periods.Count);
        Assert.Equal(-25.00m, result.Periods[0].Lines.Single(l => l.Kind == LineKinds.RampUpDiscount).Amount);
    }

    [Fact]
    public async Task Every_bad_input_is_named()
    {
        var bad = await Assert.ThrowsAsync<InputValidationException>(() =>
            _w.Services.SendAsync(new ProjectRoyalties(Terms with { Periodicity = "weekly" }, -5m, 20m, 0), _w.Step));
        Assert.Equal(["/terms/periodicity", "/years", "/monthlyRevenue", "/annualGrowth"], bad.Errors.Select(e => e.Path));
    }
}
