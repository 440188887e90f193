using SwarmNet.Modules.Royalties.Contracts.Simulation;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Steps 1–4 of spec section 4: percentage, tiered, fixed, one-off.</summary>
public sealed class ComponentTests
{
    [Fact]
    public void A_percentage_sums_its_categories_and_no_categories_means_all()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null,
            Percentage(0.05m, "royalty", "Livraison", "livraison"), Percentage(0.01m, "marketing", "Communication"));
        var period = Simulate.Valid(Request(terms, null,
            Declare("2024-01-01", new Dictionary<string, decimal> { ["livraison"] = 8000m, ["salle"] = 2000m }))).Periods[0];
        Assert.Equal((8000m, 400.00m), (period.Line("Livraison").Base!.Value, period.Line("Livraison").Amount));
        Assert.Equal((10000m, 100.00m), (period.Line("Communication").Base!.Value, period.Line("Communication").Amount));
    }

    [Fact]
    public void Rounding_ties_go_away_from_zero()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Percentage(0.05m));
        Assert.Equal(0.51m, Simulate.Valid(Request(terms, null, Declare("2024-01-01", 10.10m))).Periods[0].Line("Redevance").Amount);
    }

    [Theory]
    [InlineData(1000.00, 100.00)]
    [InlineData(1000.01, 100.00)]
    [InlineData(1000.10, 100.01)]
    [InlineData(2000.00, 150.00)]
    [InlineData(2500.00, 160.00)]
    public void A_marginal_scale_charges_each_bracket_its_own_rate(decimal revenue, decimal amount)
    {
        var terms = Terms("2024-01-01", "annual", "contract", null, Tiered("marginal", (1000m, 0.10m), (2000m, 0.05m), (null, 0.02m)));
        Assert.Equal(amount, Simulate.Valid(Request(terms, null, Declare("2024-01-01", revenue))).Periods[0].Line("Progressive").Amount);
    }

    [Fact]
    public void A_marginal_scale_accumulates_within_the_year_and_restarts_with_the_next()
    {
        var terms = Terms("2024-01-01", "quarterly", "contract", null, Tiered("marginal", (1000m, 0.10m), (2000m, 0.05m), (null, 0.02m)));
        var periods = Simulate.Valid(Request(terms, null,
            Declare("2024-01-01", 800m), Declare("2024-04-01", 400m), Declare("2024-07-01", 1000m), Declare("2025-01-01", 800m))).Periods;
        // F(800)=80; F(1200)=110; F(2200)=154; year 2 starts again from 0.
        Assert.Equal([80.00m, 30.00m, 44.00m, 0.00m, 80.00m], periods.Select(p => p.Line("Progressive").Amount));
    }

    [Fact]
    public void A_whole_scale_applies_the_bracket_reached_to_the_whole_cumulative_base_bounds_included()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Tiered("whole", (1000m, 0.10m), (null, 0.05m)));
        var periods = Simulate.Valid(Request(terms, null, Declare("2024-01-01", 1000m), Declare("2024-02-01", 0.01m))).Periods;
        // F(1000) = 100.00 in the first bracket; F(1000.01) = 50.0005 → 50.00, so the second period gives back 50.00.
        Assert.Equal([100.00m, -50.00m], periods.Select(p => p.Line("Progressive").Amount));
    }

    [Fact]
    public void Each_tiered_component_accumulates_only_its_own_base()
    {
        var livraison = Tiered("marginal", (100m, 0.10m), (null, 0.01m)) with { Label = "L", Categories = ["livraison"] };
        var salle = Tiered("marginal", (100m, 0.10m), (null, 0.01m)) with { Label = "S", Categories = ["salle"] };
        var terms = Terms("2024-01-01", "monthly", "contract", null, livraison, salle);
        var periods = Simulate.Valid(Request(terms, null,
            Declare("2024-01-01", 100m, "livraison"), Declare("2024-02-01", new Dictionary<string, decimal> { ["livraison"] = 100m, ["salle"] = 100m }))).Periods;
        Assert.Equal([10.00m, 1.00m], periods.Select(p => p.Line("L").Amount));
        Assert.Equal([0.00m, 10.00m], periods.Select(p => p.Line("S").Amount));
    }

    [Fact]
    public void A_fixed_fee_is_prorated_in_a_partial_first_period_and_whole_otherwise()
    {
        var terms = Terms("2024-03-15", "monthly", "calendar", null, Fixed(150m));
        var periods = Simulate.Valid(Request(terms, "2024-04-30")).Periods;
        Assert.Equal([82.26m, 150.00m], periods.Select(p => p.Line("Frais de service").Amount)); // 150 × 17 / 31
        Assert.Null(periods[0].Line("Frais de service").Base);
    }

    [Fact]
    public void A_fixed_fee_is_prorated_in_a_last_period_cut_by_the_end_date()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", "2024-02-14", Fixed(150m));
        Assert.Equal(72.41m, Simulate.Valid(Request(terms, "2024-02-14")).Periods[1].Line("Frais de service").Amount); // 150 × 14 / 29
    }

    [Fact]
    public void Escalation_compounds_once_per_royalty_year_and_rounds_ties_away_from_zero()
    {
        var terms = Terms("2024-01-01", "annual", "contract", null, Fixed(1000m, 0.035m));
        var periods = Simulate.Valid(Request(terms, "2027-01-01")).Periods;
        // 1000 × 1.035² = 1071.225 → 1071.23; 1000 × 1.035³ = 1108.717875 → 1108.72.
        Assert.Equal([1000.00m, 1035.00m, 1071.23m, 1108.72m], periods.Select(p => p.Line("Frais de service").Amount));
    }

    [Fact]
    public void A_one_off_fee_appears_only_in_the_period_holding_its_date()
    {
        var terms = Terms("2024-03-15", "monthly", "contract", null, Percentage(0.05m), OneOff(3000m, "2024-04-20"));
        var periods = Simulate.Valid(Request(terms, "2024-06-01")).Periods;
        Assert.Equal([false, true, false], periods.Select(p => p.Lines.Any(l => l.Label == "Droit d'entrée")));
        Assert.Equal(3000.00m, periods[1].Line("Droit d'entrée").Amount);
        Assert.Equal(["Redevance", "Droit d'entrée"], periods[1].Lines.Select(l => l.Label));
    }

    [Fact]
    public void A_one_off_on_the_effective_date_of_a_calendar_year_falls_in_the_clamped_first_period()
    {
        var terms = Terms("2024-03-15", "quarterly", "calendar", null, OneOff(500m, "2024-03-15"));
        var periods = Simulate.Valid(Request(terms, "2024-04-01")).Periods;
        Assert.Equal(500.00m, periods[0].Line("Droit d'entrée").Amount);
        Assert.Empty(periods[1].Lines);
    }

    [Fact]
    public void Component_lines_are_present_with_zero_amounts_in_undeclared_periods()
    {
        var terms = Terms("2024-01-01", "monthly", "contract", null, Percentage(0.05m), Tiered("whole", (null, 0.01m)), Fixed(10m));
        var period = Simulate.Valid(Request(terms, "2024-01-31")).Periods[0];
        Assert.False(period.Declared);
        Assert.Equal([0m, 0m, null], period.Lines.Select(l => l.Base));
        Assert.Equal([0m, 0m, 10m], period.Lines.Select(l => l.Amount));
        Assert.Equal(LineKinds.Component, Assert.Single(period.Lines.Select(l => l.Kind).Distinct()));
    }
}
