using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Spec section 8, figure by figure.</summary>
public sealed class WorkedExampleTests
{
    private static RoyaltySimulationResult Run() => Simulate.Valid(Request(
        Terms("2024-01-01", "quarterly", "calendar", null, Tiered("marginal", (10000m, 0.05m), (null, 0.03m))) with
        {
            AnnualMinimum = new AnnualMinimumTerms { Amount = 2000m, FromYear = 1 },
        },
        null,
        Declare("2024-01-01", 6000m), Declare("2024-04-01", 6000m), Declare("2024-07-01", 0m), Declare("2024-10-01", 2000m)));

    [Fact]
    public void Tiered_amounts_follow_the_table()
    {
        var periods = Run().Periods;
        Assert.Equal([300.00m, 260.00m, 0.00m, 60.00m], periods.Select(p => p.Line("Progressive").Amount));
        Assert.Equal([6000m, 6000m, 0m, 2000m], periods.Select(p => p.Line("Progressive").Base!.Value));
        Assert.Equal(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"], periods.Select(p => p.End.ToString("yyyy-MM-dd", null)));
        Assert.All(periods, p => Assert.True(p.Declared)); // Q3 declared 0: still declared
    }

    [Fact]
    public void Q4_carries_the_minimum_true_up_and_its_totals()
    {
        var q4 = Run().Periods[3];
        var trueUp = q4.Kind(LineKinds.MinimumTrueUp);
        Assert.NotNull(trueUp);
        Assert.Equal(1380.00m, trueUp.Amount);
        Assert.Equal("royalty", trueUp.Account);
        Assert.Null(trueUp.Base);
        Assert.Equal("Complément minimum annuel", trueUp.Label);
        Assert.Equal((1440.00m, 288.00m, 1728.00m), (q4.TotalExclVat, q4.Vat, q4.TotalInclVat));
    }

    [Fact]
    public void Only_the_last_period_of_the_year_gets_a_true_up()
    {
        var periods = Run().Periods;
        Assert.All(periods.Take(3), p => Assert.Null(p.Kind(LineKinds.MinimumTrueUp)));
        Assert.Equal(2000.00m, Run().Totals.ByAccount.Royalty);
    }
}
