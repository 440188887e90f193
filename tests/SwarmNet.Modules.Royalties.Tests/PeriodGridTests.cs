using SwarmNet.Modules.Royalties.Engine;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Spec section 3, with every date worked out by hand.</summary>
public sealed class PeriodGridTests
{
    private static GridPeriod[] Grid(string effective, int months, bool calendar, string horizon, string? end = null) =>
        PeriodGrid.Build(new GridFrame(D(effective), end is null ? DateOnly.MaxValue : D(end), months, calendar), D(horizon)).Periods;

    private static string[] Spans(IEnumerable<GridPeriod> periods) =>
        periods.Select(p => $"{p.Start:yyyy-MM-dd}..{p.End:yyyy-MM-dd}").ToArray();

    [Fact]
    public void Boundaries_come_from_the_year_start_never_chained_across_month_ends()
    {
        var periods = Grid("2024-01-31", 1, calendar: false, horizon: "2024-06-15");
        // Chained, 29 Feb + 1 month would give 29 Mar; from Y_1 it is 31 Mar.
        Assert.Equal(
            ["2024-01-31..2024-02-28", "2024-02-29..2024-03-30", "2024-03-31..2024-04-29", "2024-04-30..2024-05-30", "2024-05-31..2024-06-29"],
            Spans(periods));
        Assert.Equal([29, 31, 30, 31, 30], periods.Select(p => p.PeriodDays));
    }

    [Fact]
    public void A_calendar_year_clamps_the_first_period_to_the_effective_date()
    {
        var periods = Grid("2024-03-15", 1, calendar: true, horizon: "2025-01-01");
        Assert.Equal(new GridPeriod(D("2024-03-15"), D("2024-03-31"), 1, 17, 31, false, 1), periods[0]);
        Assert.Equal(new GridPeriod(D("2024-12-01"), D("2024-12-31"), 1, 31, 31, true, 9), periods[9]);
        Assert.Equal((D("2025-01-01"), 2), (periods[10].Start, periods[10].Year));
        Assert.Equal(11, periods.Length);
    }

    [Fact]
    public void A_quarterly_calendar_period_counts_its_unclamped_days()
    {
        var first = Grid("2024-03-15", 3, calendar: true, horizon: "2024-03-15")[0];
        Assert.Equal((D("2024-03-15"), D("2024-03-31"), 17, 91), (first.Start, first.End, first.CoveredDays, first.PeriodDays));
    }

    [Fact]
    public void A_contract_year_starting_on_29_february_ends_the_day_before_the_next_year_start()
    {
        var annual = Grid("2024-02-29", 12, calendar: false, horizon: "2028-12-31");
        Assert.Equal(
            ["2024-02-29..2025-02-27", "2025-02-28..2026-02-27", "2026-02-28..2027-02-27", "2027-02-28..2028-02-28", "2028-02-29..2029-02-27"],
            Spans(annual));
        Assert.Equal([365, 365, 365, 366, 365], annual.Select(p => p.PeriodDays));
    }

    [Fact]
    public void The_last_monthly_period_of_year_4_after_a_29_february_start_runs_to_28_february()
    {
        var monthly = Grid("2024-02-29", 1, calendar: false, horizon: "2028-02-28");
        var last = monthly[^1];
        Assert.Equal((D("2028-01-28"), D("2028-02-28"), 4, 32, true), (last.Start, last.End, last.Year, last.PeriodDays, last.IsLastOfYear));
        var yearOneLast = monthly[11];
        Assert.Equal((D("2025-01-29"), D("2025-02-27"), 1, true), (yearOneLast.Start, yearOneLast.End, yearOneLast.Year, yearOneLast.IsLastOfYear));
    }

    [Fact]
    public void An_end_date_clamps_and_closes_the_last_period_of_its_year()
    {
        var periods = Grid("2024-01-01", 1, calendar: false, horizon: "2030-01-01", end: "2024-02-14");
        Assert.Equal(2, periods.Length);
        Assert.Equal(new GridPeriod(D("2024-02-01"), D("2024-02-14"), 1, 14, 29, true, 2), periods[1]);
        Assert.False(periods[0].IsLastOfYear);
    }

    [Fact]
    public void Year_frames_count_covered_and_total_days()
    {
        var frame = new GridFrame(D("2024-03-15"), D("2025-06-30"), 3, CalendarYear: true);
        var years = PeriodGrid.Build(frame, D("2025-06-30")).Years;
        Assert.Equal(new RoyaltyYearFrame(1, D("2024-01-01"), 366, 292), years[0]);
        Assert.Equal(new RoyaltyYearFrame(2, D("2025-01-01"), 365, 181), years[1]);
    }

    [Fact]
    public void The_horizon_stops_the_grid_at_the_period_holding_it()
    {
        Assert.Equal(3, Grid("2024-01-01", 1, calendar: false, horizon: "2024-03-01").Length);
        Assert.Equal(2, Grid("2024-01-01", 1, calendar: false, horizon: "2024-02-29").Length);
    }
}
