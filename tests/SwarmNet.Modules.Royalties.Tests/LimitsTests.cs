using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The largest valid inputs (docs/adr/0010) compute without overflowing a decimal.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void A_doubling_fee_on_the_largest_amount_runs_to_the_horizon()
    {
        var terms = Terms("2024-01-01", "annual", "contract", null, Fixed(1_000_000_000_000m, 1m), Tiered("whole", (null, 1m)));
        var periods = Simulate.Valid(Request(terms, "2073-12-31", Declare("2073-01-01", 1_000_000_000_000m))).Periods;
        Assert.Equal(50, periods.Count);
        Assert.Equal(1_000_000_000_000m * (decimal)Math.Pow(2, 49), periods[^1].Line("Frais de service").Amount);
    }

    [Fact]
    public void The_largest_revenue_in_many_categories_sums_without_overflow()
    {
        var revenue = Enumerable.Range(0, 1000).ToDictionary(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => 1_000_000_000_000m);
        var terms = Terms("2024-01-01", "monthly", "contract", null, Percentage(1m), Tiered("marginal", (1m, 1m), (null, 1m)));
        var period = Simulate.Valid(Request(terms, null, Declare("2024-01-01", revenue))).Periods[0];
        Assert.Equal(2_000_000_000_000_000m, period.TotalExclVat);
    }
}
