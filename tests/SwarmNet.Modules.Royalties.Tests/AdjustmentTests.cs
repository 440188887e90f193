using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Steps 5–7 of spec section 4: ramp-up discount, annual cap, annual minimum true-up.</summary>
public sealed class AdjustmentTests
{
    private static RampUpStep Step(int from, int to, decimal discount) => new() { FromMonth = from, ToMonth = to, Discount = discount };

    [Fact]
    public void Ramp_up_follows_the_contract_month_of_the_clamped_start()
    {
        // Effective 15 March on calendar years: 1–30 April still starts in contract month 1, May starts month 2.
        var terms = Terms("2024-03-15", "monthly", "calendar", null, Percentage(0.10m)) with { RampUp = [Step(1, 1, 1.0m), Step(2, 2, 0.5m)] };
        var periods = Simulate.Valid(Request(terms, null,
            Declare("2024-03-15", 1000m), Declare("2024-04-01", 1000m), Declare("2024-05-01", 1000m), Declare("2024-06-01", 1000m))).Periods;
        Assert.Equal([-100.00m, -100.00m, -50.00m, null], periods.Select(p => p.Kind(LineKinds.RampUpDiscount)?.Amount));
        var line = periods[0].Kind(LineKinds.RampUpDiscount)!;
        Assert.Equal(("Remise de démarrage", "royalty", (decimal?)null), (line.Label, line.Account, line.Base));
    }

    [Fact]
    public void Ramp_up_discounts_only_royalty_percentage_and_tiered_amounts()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null,
            Percentage(0.10m), Tiered("marginal", (null, 0.01m)), Percentage(0.02m, "marketing", "Pub"), Fixed(50m, account: "royalty"))
            with { RampUp = [Step(1, 12, 0.5m)] };
        var period = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 1000m))).Periods[0];
        Assert.Equal(-55.00m, period.Kind(LineKinds.RampUpDiscount)!.Amount); // half of 100 + 10; not the 20 of marketing nor the fixed 50
    }

    [Fact]
    public void A_ramp_up_discount_rounds_its_tie_away_from_zero()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Percentage(0.01m)) with { RampUp = [Step(1, 1, 0.5m)] };
        var period = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 5.00m))).Periods[0];
        Assert.Equal(-0.03m, period.Kind(LineKinds.RampUpDiscount)!.Amount); // −round2(0.5 × 0.05 = 0.025)
    }

    [Fact]
    public void The_cap_is_reached_inside_a_period_and_resets_with_the_royalty_year()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Percentage(0.10m)) with { AnnualCap = 1000m };
        var periods = Simulate.Valid(Request(terms, null,
            Declare("2024-01-01", 6000m), Declare("2024-02-01", 6000m), Declare("2024-03-01", 1000m), Declare("2025-01-01", 6000m))).Periods;
        Assert.Equal([null, -200.00m, -100.00m], periods.Take(3).Select(p => p.Kind(LineKinds.Cap)?.Amount));
        Assert.Null(periods[12].Kind(LineKinds.Cap));
        Assert.Equal(("Plafonnement annuel", "royalty"), (periods[1].Kind(LineKinds.Cap)!.Label, periods[1].Kind(LineKinds.Cap)!.Account));
    }

    [Fact]
    public void The_cap_counts_every_royalty_line_after_the_discount_and_leaves_other_accounts_alone()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null,
            Percentage(0.10m), Fixed(100m, account: "royalty"), Percentage(0.05m, "marketing", "Pub")) with
        {
            RampUp = [Step(1, 1, 0.5m)],
            AnnualCap = 120m,
        };
        var period = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 1000m))).Periods[0];
        // P = 100 + 100 − 50 = 150 > 120: cap −30; marketing 50 untouched.
        Assert.Equal(-30.00m, period.Kind(LineKinds.Cap)!.Amount);
        Assert.Equal(170.00m, period.TotalExclVat);
    }

    [Fact]
    public void The_minimum_is_prorated_by_an_end_date()
    {
        var terms = Terms("2024-01-01", "quarterly", "contract", "2024-06-30", Percentage(0.10m)) with
        {
            AnnualMinimum = new AnnualMinimumTerms { Amount = 2000m, FromYear = 1 },
        };
        var periods = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 1000m), Declare("2024-04-01", 1000m))).Periods;
        // round2(2000 × 182 / 366) = 994.54, less the 200.00 already due.
        Assert.Equal(794.54m, periods[1].Kind(LineKinds.MinimumTrueUp)!.Amount);
        Assert.Null(periods[0].Kind(LineKinds.MinimumTrueUp));
    }

    [Fact]
    public void The_minimum_is_prorated_for_a_partial_first_calendar_year()
    {
        var terms = Terms("2024-03-15", "annual", "calendar", null, Percentage(0.10m)) with
        {
            AnnualMinimum = new AnnualMinimumTerms { Amount = 3660m, FromYear = 1 },
        };
        var period = Simulate.Valid(Request(terms, null, Declare("2024-03-15", 0m))).Periods[0];
        Assert.Equal(2920.00m, period.Kind(LineKinds.MinimumTrueUp)!.Amount); // 3660 × 292 / 366
    }

    [Fact]
    public void The_minimum_starts_from_its_year_and_needs_the_last_period_of_the_year()
    {
        var terms = Terms("2024-01-01", "quarterly", "contract", null, Percentage(0.10m)) with
        {
            AnnualMinimum = new AnnualMinimumTerms { Amount = 1000m, FromYear = 2 },
        };
        var periods = Simulate.Valid(Request(terms, "2025-07-01")).Periods;
        Assert.Equal(7, periods.Count);
        Assert.DoesNotContain(periods, p => p.Kind(LineKinds.MinimumTrueUp) is not null); // year 1 exempt, year 2 not over
        var full = Simulate.Valid(Request(terms, "2025-12-31")).Periods;
        Assert.Equal(1000.00m, full[7].Kind(LineKinds.MinimumTrueUp)!.Amount);
    }

    [Fact]
    public void The_minimum_is_not_capped_and_absent_when_reached()
    {
        var terms = Terms("2024-01-01", "annual", "contract", null, Percentage(0.10m)) with
        {
            AnnualMinimum = new AnnualMinimumTerms { Amount = 500m, FromYear = 1 },
            AnnualCap = 500m,
        };
        var periods = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 100m), Declare("2025-01-01", 9000m))).Periods;
        Assert.Equal(490.00m, periods[0].Kind(LineKinds.MinimumTrueUp)!.Amount);
        Assert.Equal(-400.00m, periods[1].Kind(LineKinds.Cap)!.Amount);
        Assert.Null(periods[1].Kind(LineKinds.MinimumTrueUp));
    }

    [Fact]
    public void Adjustment_lines_follow_the_components_in_spec_order()
    {
        var terms = Terms("2024-01-01", "annual", "contract", null, Percentage(0.10m), Fixed(10m)) with
        {
            RampUp = [Step(1, 12, 0.5m)],
            AnnualCap = 1000m,
            AnnualMinimum = new AnnualMinimumTerms { Amount = 1000m, FromYear = 1 },
        };
        var period = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 30000m))).Periods[0];
        // 3000 − 1500 = 1500 > cap 1000: −500; royalty 1000 meets the minimum, so no true-up.
        Assert.Equal([LineKinds.Component, LineKinds.Component, LineKinds.RampUpDiscount, LineKinds.Cap], period.Lines.Select(l => l.Kind));
    }
}
