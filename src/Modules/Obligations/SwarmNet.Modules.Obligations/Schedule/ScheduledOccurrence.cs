namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>One occurrence a schedule gives: identified by (contract, code, due date); reminders ascending.</summary>
internal sealed record ScheduledOccurrence(
    string Code, DateOnly DueDate, DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<DateOnly> ReminderDates, DateOnly? EscalationDate);
