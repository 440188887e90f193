using SwarmNet.Modules.Obligations.Contracts.Terms;
using static SwarmNet.Modules.Obligations.Contracts.Terms.ObligationVocabulary;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>
/// One obligation as the row editor holds it: the schedule kind decides which of the numbers are sent (the others are
/// left out, so the module never sees a field the kind does not use).
/// </summary>
public sealed class ObligationRow
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string Category { get; set; } = "reporting";
    public string Actor { get; set; } = Grantee;
    public string Evidence { get; set; } = "file";
    public string ScheduleKind { get; set; } = Annually;
    public int? Day { get; set; } = 31;
    public int? Month { get; set; } = 1;
    public int? DaysAfterQuarterEnd { get; set; } = 30;
    public int? Days { get; set; } = 15;
    public int? DaysAfterEffective { get; set; } = 30;
    public int? ReminderDaysBefore { get; set; } = 15;

    public ObligationTerm ToTerm() => new()
    {
        Code = Code?.Trim(), Title = Title?.Trim(), Category = Category, Actor = Actor, Evidence = Evidence,
        Schedule = ScheduleKind switch
        {
            Once => new() { Kind = Once, DaysAfterEffective = DaysAfterEffective },
            Monthly => new() { Kind = Monthly, Day = Day },
            Quarterly => new() { Kind = Quarterly, DaysAfterQuarterEnd = DaysAfterQuarterEnd },
            Annually => new() { Kind = Annually, Month = Month, Day = Day },
            _ => new() { Kind = ScheduleKind, Days = Days },
        },
        Reminders = ReminderDaysBefore is { } before ? [before] : null,
    };
}
