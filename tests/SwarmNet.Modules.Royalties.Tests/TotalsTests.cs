using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Step 8 and the totals of section 6.</summary>
public sealed class TotalsTests
{
    [Fact]
    public void Vat_rounds_each_period_and_the_totals_add_the_periods_rounded_vat()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Fixed(1.00m)) with { VatRate = 0.055m };
        var result = Simulate.Valid(Request(terms, "2024-02-01"));
        Assert.All(result.Periods, p => Assert.Equal((1.00m, 0.06m, 1.06m), (p.TotalExclVat, p.Vat, p.TotalInclVat))); // 0.055 → 0.06
        Assert.Equal((2.00m, 0.12m, 2.12m), (result.Totals.ExclVat, result.Totals.Vat, result.Totals.InclVat)); // not round2(0.11)
    }

    [Fact]
    public void Totals_add_lines_by_account()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null,
            Percentage(0.05m), Percentage(0.02m, "marketing", "Pub"), Fixed(150m), OneOff(3000m, "2024-01-01"));
        var result = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 10000m), Declare("2024-02-01", 5000m)));
        Assert.Equal((750.00m, 300.00m, 3300.00m), (result.Totals.ByAccount.Royalty, result.Totals.ByAccount.Marketing, result.Totals.ByAccount.Fee));
        Assert.Equal(4350.00m, result.Totals.ExclVat);
        Assert.Equal(870.00m, result.Totals.Vat);
        Assert.Equal(5220.00m, result.Totals.InclVat);
    }

    [Fact]
    public void Years_summarise_revenue_accounts_and_the_effective_rate()
    {
        var terms = Terms("2024-01-01", "quarterly", "calendar", null, Percentage(0.05m), Fixed(100m));
        var result = Simulate.Valid(Request(terms, "2025-01-01", Declare("2024-01-01", 3000m), Declare("2024-07-01", 1000m)));
        Assert.Equal(2, result.Years.Count);
        var first = result.Years[0];
        Assert.Equal((1, D("2024-01-01"), D("2024-12-31"), 4000m, 200m, 400m, 0.05m), (first.RoyaltyYear, first.Start, first.End, first.Revenue, first.ByAccount.Royalty, first.ByAccount.Fee, first.EffectiveRate));
        Assert.Null(result.Years[1].EffectiveRate);
    }
}
