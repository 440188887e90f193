using SwarmNet.Modules.Obligations.Contracts.Terms;
using static SwarmNet.Modules.Obligations.Contracts.Terms.ObligationVocabulary;

namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>
/// The schedule as a pure function: valid terms, a cover and (for afterPeriodEnd) the royalty grid give the occurrences
/// whose due date lies in [from, to], sorted by due date then code. No clock, no database: the preview, the generation
/// and the tests all call this.
/// </summary>
internal static class ObligationCalendar
{
    public static List<ScheduledOccurrence> Between(
        IEnumerable<ObligationTerm> terms, ContractCover cover, RoyaltyGrid? grid, DateOnly from, DateOnly to)
    {
        var occurrences = new List<ScheduledOccurrence>();
        foreach (var term in terms)
        {
            var reminders = (term.Reminders ?? []).Distinct().OrderDescending().ToArray();
            foreach (var due in DueDates(term.Schedule!, cover, grid, from, to))
                occurrences.Add(new ScheduledOccurrence(term.Code!.Trim(), due.Date, due.PeriodStart, due.PeriodEnd,
                    reminders.Select(r => due.Date.AddDays(-r)).ToArray(), term.EscalateAfterDays is { } days ? due.Date.AddDays(days) : null));
        }
        occurrences.Sort((a, b) => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : string.CompareOrdinal(a.Code, b.Code));
        return occurrences;
    }

    public static bool IsPeriodSchedule(ObligationSchedule schedule) => schedule.Kind is Quarterly or AfterPeriodEnd;

    private static IEnumerable<DueDate> DueDates(ObligationSchedule s, ContractCover cover, RoyaltyGrid? grid, DateOnly from, DateOnly to) => s.Kind switch
    {
        Once => CalendarDueDates.Once(s, cover, from, to),
        Monthly => CalendarDueDates.Monthly(s.Day!.Value, cover, from, to),
        Annually when s.Anniversary == true => CalendarDueDates.Anniversaries(cover, from, to),
        Annually => CalendarDueDates.OnMonthDay(s.Month!.Value, s.Day!.Value, cover, from, to),
        Quarterly => PeriodDueDates.Quarterly(s.DaysAfterQuarterEnd!.Value, cover, from, to),
        AfterPeriodEnd => PeriodDueDates.AfterRoyaltyPeriod(s.Days!.Value, grid ?? throw new ArgumentException("afterPeriodEnd needs the royalty grid.", nameof(grid)), cover, from, to),
        _ => throw new ArgumentException($"Unknown schedule kind '{s.Kind}'.", nameof(s)),
    };
}
