using SwarmNet.BuildingBlocks.Errors;
using static SwarmNet.Modules.Obligations.Contracts.Terms.ObligationVocabulary;

namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>Each schedule kind's fields: the ones it needs must be there and in range, the others must be absent.</summary>
internal static class ScheduleRules
{
    public static void Check(ObligationSchedule? schedule, string path, List<FieldError> errors)
    {
        if (schedule is null)
        {
            errors.Add(new(path, ObligationMessages.Required));
            return;
        }
        switch (schedule.Kind)
        {
            case Once:
                if ((schedule.Date is null) == (schedule.DaysAfterEffective is null))
                    errors.Add(new($"{path}/date", ObligationMessages.DateOrDaysAfterEffective));
                Range(schedule.DaysAfterEffective, 0, MaxDaysAfterEffective, $"{path}/daysAfterEffective", errors);
                Unexpected(path, errors, (schedule.Day, "day"), (schedule.DaysAfterQuarterEnd, "daysAfterQuarterEnd"), (schedule.Month, "month"),
                    (schedule.Anniversary, "anniversary"), (schedule.Days, "days"));
                break;
            case Monthly:
                Required(schedule.Day, 1, 31, $"{path}/day", errors);
                Unexpected(path, errors, (schedule.Date, "date"), (schedule.DaysAfterEffective, "daysAfterEffective"),
                    (schedule.DaysAfterQuarterEnd, "daysAfterQuarterEnd"), (schedule.Month, "month"), (schedule.Anniversary, "anniversary"), (schedule.Days, "days"));
                break;
            case Quarterly:
                Required(schedule.DaysAfterQuarterEnd, 0, MaxDaysAfter, $"{path}/daysAfterQuarterEnd", errors);
                Unexpected(path, errors, (schedule.Date, "date"), (schedule.DaysAfterEffective, "daysAfterEffective"), (schedule.Day, "day"),
                    (schedule.Month, "month"), (schedule.Anniversary, "anniversary"), (schedule.Days, "days"));
                break;
            case Annually:
                CheckAnnual(schedule, path, errors);
                Unexpected(path, errors, (schedule.Date, "date"), (schedule.DaysAfterEffective, "daysAfterEffective"),
                    (schedule.DaysAfterQuarterEnd, "daysAfterQuarterEnd"), (schedule.Days, "days"));
                break;
            case AfterPeriodEnd:
                Required(schedule.Days, 0, MaxDaysAfter, $"{path}/days", errors);
                Unexpected(path, errors, (schedule.Date, "date"), (schedule.DaysAfterEffective, "daysAfterEffective"), (schedule.Day, "day"),
                    (schedule.DaysAfterQuarterEnd, "daysAfterQuarterEnd"), (schedule.Month, "month"), (schedule.Anniversary, "anniversary"));
                break;
            default:
                errors.Add(new($"{path}/kind", ObligationMessages.OneOf(ScheduleKinds)));
                break;
        }
    }

    /// <summary>month + day (29 February allowed: it falls on the 28th in other years), or anniversary: true — not both.</summary>
    private static void CheckAnnual(ObligationSchedule schedule, string path, List<FieldError> errors)
    {
        if (schedule.Anniversary == true)
        {
            Unexpected(path, errors, (schedule.Month, "month"), (schedule.Day, "day"));
            return;
        }
        if (schedule.Month is null && schedule.Day is null)
        {
            errors.Add(new($"{path}/month", ObligationMessages.MonthDayOrAnniversary));
            return;
        }
        if (Required(schedule.Month, 1, 12, $"{path}/month", errors))
            Required(schedule.Day, 1, DateTime.DaysInMonth(2024, schedule.Month!.Value), $"{path}/day", errors);
        else
            Required(schedule.Day, 1, 31, $"{path}/day", errors);
    }

    private static bool Required(int? value, int min, int max, string path, List<FieldError> errors)
    {
        if (value is null)
        {
            errors.Add(new(path, ObligationMessages.Required));
            return false;
        }
        return Range(value, min, max, path, errors);
    }

    private static bool Range(int? value, int min, int max, string path, List<FieldError> errors)
    {
        if (value is not { } v || (v >= min && v <= max))
            return true;
        errors.Add(new(path, ObligationMessages.Range(min, max)));
        return false;
    }

    private static void Unexpected(string path, List<FieldError> errors, params (object? Value, string Name)[] fields)
    {
        foreach (var (value, name) in fields)
            if (value is not null)
                errors.Add(new($"{path}/{name}", ObligationMessages.NotForThisKind));
    }
}
