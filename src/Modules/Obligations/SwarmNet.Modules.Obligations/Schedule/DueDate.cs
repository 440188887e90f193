namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>One due date of a schedule; period schedules say which (clamped) quarter or royalty period it reports on.</summary>
internal readonly record struct DueDate(DateOnly Date, DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null)
{
    public bool IsForPeriod => PeriodStart is not null;
}
