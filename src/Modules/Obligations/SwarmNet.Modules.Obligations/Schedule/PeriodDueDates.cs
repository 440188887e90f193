using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Periods;

namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>
/// quarterly and afterPeriodEnd: one due date per calendar quarter (royalty period) that intersects the cover, even when
/// it falls after the contract's end; the period is reported clamped to the cover.
/// </summary>
internal static class PeriodDueDates
{
    /// <summary>Counted from the calendar quarter's own last day, even when the cover starts or ends inside it.</summary>
    public static IEnumerable<DueDate> Quarterly(int daysAfterQuarterEnd, ContractCover cover, DateOnly from, DateOnly to)
    {
        var first = new DateOnly(cover.EffectiveDate.Year, ((cover.EffectiveDate.Month - 1) / 3 * 3) + 1, 1);
        for (var quarter = first; quarter <= cover.LastDay; quarter = quarter.AddMonths(3))
        {
            var quarterEnd = quarter.AddMonths(3).AddDays(-1);
            var due = quarterEnd.AddDays(daysAfterQuarterEnd);
            if (due > to)
                yield break;
            if (due >= from)
                yield return new DueDate(due, Later(quarter, cover.EffectiveDate), Earlier(quarterEnd, cover.LastDay));
        }
    }

    /// <summary>Counted from the royalty period's clamped end: a period cut by the end date is due that many days after it.</summary>
    public static IEnumerable<DueDate> AfterRoyaltyPeriod(int days, RoyaltyGrid grid, ContractCover cover, DateOnly from, DateOnly to)
    {
        foreach (var period in RoyaltyPeriods.Enumerate(cover.EffectiveDate, cover.EndDate, grid.MonthsPerPeriod, grid.CalendarYear))
        {
            var due = period.End.AddDays(days);
            if (due > to)
                yield break;
            if (due >= from)
                yield return new DueDate(due, period.Start, period.End);
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
