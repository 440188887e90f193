using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Schedule;
using Xunit;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>Every schedule kind across month ends, 29 February, quarter ends, both royalty years, contract ends and open ends.</summary>
public sealed class ScheduleTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static List<ScheduledOccurrence> Run(ObligationSchedule schedule, string effective, string? end, string from, string to,
        RoyaltyGrid? grid = null, int[]? reminders = null, int? escalate = null) =>
        ObligationCalendar.Between(
            [new ObligationTerm { Code = "X", Schedule = schedule, Reminders = reminders, EscalateAfterDays = escalate }],
            new ContractCover(D(effective), end is null ? null : D(end)), grid, D(from), D(to));

    private static string[] Dues(List<ScheduledOccurrence> occurrences) => occurrences.Select(o => o.DueDate.ToString("yyyy-MM-dd")).ToArray();

    private static string[] Periods(List<ScheduledOccurrence> occurrences) =>
        occurrences.Select(o => $"{o.PeriodStart:yyyy-MM-dd}..{o.PeriodEnd:yyyy-MM-dd}").ToArray();

    [Fact]
    public void Monthly_day_31_clamps_to_each_month_end_and_29_february()
    {
        var dues = Dues(Run(new() { Kind = "monthly", Day = 31 }, "2024-01-15", null, "2024-01-01", "2025-03-31"));
        Assert.Equal(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"], dues[..4]);
        Assert.Contains("2025-02-28", dues);
        Assert.Equal(15, dues.Length);
    }

    [Fact]
    public void Monthly_starts_inside_the_cover_and_stops_at_its_end()
    {
        Assert.Equal(["2026-04-10", "2026-05-10"], Dues(Run(new() { Kind = "monthly", Day = 10 }, "2026-03-15", "2026-06-09", "2026-01-01", "2027-01-01")));
    }

    [Fact]
    public void Annually_on_29_february_falls_on_the_28th_in_other_years()
    {
        Assert.Equal(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"],
            Dues(Run(new() { Kind = "annually", Month = 2, Day = 29 }, "2023-06-01", null, "2023-06-01", "2028-12-31")));
    }

    [Fact]
    public void Anniversaries_of_29_february_fall_on_28_february_and_stop_at_the_end()
    {
        Assert.Equal(["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"],
            Dues(Run(new() { Kind = "annually", Anniversary = true }, "2024-02-29", "2028-03-01", "2020-01-01", "2030-12-31")));
    }

    [Fact]
    public void Once_on_a_date_or_after_the_effective_date_only_inside_the_cover()
    {
        Assert.Equal(["2026-04-14"], Dues(Run(new() { Kind = "once", DaysAfterEffective = 30 }, "2026-03-15", null, "2026-01-01", "2026-12-31")));
        Assert.Empty(Run(new() { Kind = "once", DaysAfterEffective = 30 }, "2026-03-15", "2026-04-01", "2026-01-01", "2026-12-31"));
        Assert.Equal(["2026-06-30"], Dues(Run(new() { Kind = "once", Date = D("2026-06-30") }, "2026-03-15", null, "2026-01-01", "2026-12-31")));
    }

    [Fact]
    public void Quarterly_counts_from_the_calendar_quarter_end_and_owes_the_last_quarter_after_the_end()
    {
        var occurrences = Run(new() { Kind = "quarterly", DaysAfterQuarterEnd = 30 }, "2026-02-10", "2026-08-15", "2026-01-01", "2027-12-31");
        Assert.Equal(["2026-04-30", "2026-07-30", "2026-10-30"], Dues(occurrences));
        Assert.Equal(["2026-02-10..2026-03-31", "2026-04-01..2026-06-30", "2026-07-01..2026-08-15"], Periods(occurrences));
    }

    [Fact]
    public void Quarterly_with_no_delay_falls_on_each_quarter_end()
    {
        Assert.Equal(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"],
            Dues(Run(new() { Kind = "quarterly", DaysAfterQuarterEnd = 0 }, "2026-01-01", null, "2026-01-01", "2026-12-31")));
    }

    [Fact]
    public void After_period_end_on_a_calendar_royalty_year()
    {
        var occurrences = Run(new() { Kind = "afterPeriodEnd", Days = 15 }, "2024-01-31", "2024-05-10", "2024-01-01", "2025-01-01", new RoyaltyGrid(1, true));
        Assert.Equal(["2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-05-25"], Dues(occurrences));
        Assert.Equal("2024-02-01..2024-02-29", Periods(occurrences)[1]);
        Assert.Equal("2024-05-01..2024-05-10", Periods(occurrences)[4]);
    }

    [Fact]
    public void After_period_end_on_a_contract_royalty_year_from_31_january()
    {
        var occurrences = Run(new() { Kind = "afterPeriodEnd", Days = 15 }, "2024-01-31", null, "2024-01-01", "2024-05-31", new RoyaltyGrid(1, false));
        Assert.Equal(["2024-01-31..2024-02-28", "2024-02-29..2024-03-30", "2024-03-31..2024-04-29"], Periods(occurrences));
        Assert.Equal(["2024-03-14", "2024-04-14", "2024-05-14"], Dues(occurrences));
    }

    [Fact]
    public void After_period_end_on_an_annual_contract_year_from_29_february()
    {
        var occurrences = Run(new() { Kind = "afterPeriodEnd", Days = 10 }, "2024-02-29", null, "2024-01-01", "2026-12-31", new RoyaltyGrid(12, false));
        Assert.Equal(["2024-02-29..2025-02-27", "2025-02-28..2026-02-27"], Periods(occurrences));
        Assert.Equal(["2025-03-09", "2026-03-09"], Dues(occurrences));
    }

    [Fact]
    public void An_open_ended_contract_is_bounded_by_the_window_only()
    {
        var dues = Dues(Run(new() { Kind = "monthly", Day = 1 }, "2026-01-01", null, "2030-01-01", "2030-12-31"));
        Assert.Equal(12, dues.Length);
        Assert.Equal(("2030-01-01", "2030-12-01"), (dues[0], dues[^1]));
    }

    [Fact]
    public void Reminders_come_before_the_due_date_ascending_and_escalation_after()
    {
        var occurrence = Assert.Single(Run(new() { Kind = "once", Date = D("2026-06-30") }, "2026-01-01", null, "2026-01-01", "2026-12-31",
            reminders: [1, 7, 30], escalate: 10));
        Assert.Equal([D("2026-05-31"), D("2026-06-23"), D("2026-06-29")], occurrence.ReminderDates);
        Assert.Equal(D("2026-07-10"), occurrence.EscalationDate);
        Assert.Null(occurrence.PeriodStart);
    }

    [Fact]
    public void Occurrences_sort_by_due_date_then_code()
    {
        var terms = new[] { "B", "A" }.Select(code => new ObligationTerm { Code = code, Schedule = new() { Kind = "monthly", Day = 5 } });
        var occurrences = ObligationCalendar.Between(terms, new ContractCover(D("2026-01-01"), null), null, D("2026-01-01"), D("2026-02-28"));
        Assert.Equal(["A", "B", "A", "B"], occurrences.Select(o => o.Code));
    }
}
