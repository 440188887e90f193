using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>
/// once, monthly and annually: a due date exists when it falls inside the cover (obligation-terms.md, "Which occurrences
/// exist"). Each method yields ascending dates from <paramref name="from"/> and stops after <paramref name="to"/>.
/// </summary>
internal static class CalendarDueDates
{
    public static IEnumerable<DueDate> Once(ObligationSchedule schedule, ContractCover cover, DateOnly from, DateOnly to)
    {
        var date = schedule.Date ?? cover.EffectiveDate.AddDays(schedule.DaysAfterEffective!.Value);
        if (cover.Contains(date) && date >= from && date <= to)
            yield return new DueDate(date);
    }

    /// <summary>Day <c>day</c> of every month from the effective date's month, clamped to the month's last day.</summary>
    public static IEnumerable<DueDate> Monthly(int day, ContractCover cover, DateOnly from, DateOnly to)
    {
        var start = Later(cover.EffectiveDate, from);
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= to && month <= cover.LastDay; month = month.AddMonths(1))
        {
            var due = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (due >= start && due <= to && cover.Contains(due))
                yield return new DueDate(due);
        }
    }

    /// <summary>month/day every year; 29 February falls on the 28th in other years.</summary>
    public static IEnumerable<DueDate> OnMonthDay(int month, int day, ContractCover cover, DateOnly from, DateOnly to)
    {
        var start = Later(cover.EffectiveDate, from);
        for (var year = start.Year; year <= to.Year && year <= cover.LastDay.Year; year++)
        {
            var due = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            if (due >= start && due <= to && cover.Contains(due))
                yield return new DueDate(due);
        }
    }

    /// <summary>effectiveDate.AddYears(k), k ≥ 1: an anniversary of 29 February falls on 28 February.</summary>
    public static IEnumerable<DueDate> Anniversaries(ContractCover cover, DateOnly from, DateOnly to)
    {
        for (var k = Math.Max(1, from.Year - cover.EffectiveDate.Year); ; k++)
        {
            var due = cover.EffectiveDate.AddYears(k);
            if (due > to || !cover.Contains(due))
                yield break;
            if (due >= from)
                yield return new DueDate(due);
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
