using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>One indicator's value in a report, and its breakdowns by code ("of whom").</summary>
internal sealed record IndicatorReportValue(string? Indicator, decimal? Value, IReadOnlyDictionary<string, decimal?>? Breakdowns = null);

/// <summary>
/// A report covers a period of at most a year, over, inside the contract's term, for indicators the contract defines, each
/// once; values are zero or more with two decimals at most, and a breakdown never exceeds its indicator's value.
/// </summary>
internal static class ReportRules
{
    private const decimal MaxValue = 1_000_000_000_000m;

    public static List<FieldError> Validate(IReadOnlyList<IndicatorTerms> indicators, DateOnly? start, DateOnly? end, IReadOnlyList<IndicatorReportValue?>? values,
        DateOnly effective, DateOnly? lastDay, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (start is null)
            errors.Add(new("/periodStart", Text.T("Champ obligatoire.", "Required.")));
        if (end is null)
            errors.Add(new("/periodEnd", Text.T("Champ obligatoire.", "Required.")));
        if (start is { } s && end is { } e)
        {
            if (e < s || e > s.AddYears(1).AddDays(-1))
                errors.Add(new("/periodEnd", Text.T("Fin de période après son début, sur un an au plus.", "A period end after its start, a year at most.")));
            else if (e > today)
                errors.Add(new("/periodEnd", Text.T("Une période se déclare une fois terminée.", "A period is reported once it is over.")));
            else if (e < effective || (lastDay is { } last && s > last))
                errors.Add(new("/periodStart", Text.T("Période en dehors de la durée du contrat.", "A period outside the contract's term.")));
        }
        if (values is not { Count: > 0 })
        {
            errors.Add(new("/values", Text.T("Au moins une valeur d'indicateur.", "At least one indicator value.")));
            return errors;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++)
            errors.AddRange(ValueErrors(indicators, values[i], seen, $"/values/{i}"));
        return errors;
    }

    private static IEnumerable<FieldError> ValueErrors(IReadOnlyList<IndicatorTerms> indicators, IndicatorReportValue? value, HashSet<string> seen, string path)
    {
        var indicator = indicators.FirstOrDefault(d => string.Equals(d.Code, value?.Indicator, StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            yield return new($"{path}/indicator", Text.T("Indicateur inconnu dans ce contrat.", "No such indicator in this contract."));
            yield break;
        }
        if (!seen.Add(indicator.Code!))
            yield return new($"{path}/indicator", Text.T($"L'indicateur {indicator.Code} est déjà déclaré dans ce rapport.", $"Indicator {indicator.Code} is already in this report."));
        if (value!.Value is not { } total || !IsValue(total))
            yield return new($"{path}/value", ValueRule);
        foreach (var (code, part) in value.Breakdowns ?? new Dictionary<string, decimal?>())
        {
            if (!indicator.BreakdownList.Any(b => string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase)))
                yield return new($"{path}/breakdowns/{code}", Text.T("Ventilation inconnue pour cet indicateur.", "No such breakdown for this indicator."));
            else if (part is not { } p || !IsValue(p))
                yield return new($"{path}/breakdowns/{code}", ValueRule);
            else if (value.Value is { } whole && p > whole)
                yield return new($"{path}/breakdowns/{code}", Text.T("Une ventilation ne dépasse pas la valeur de l'indicateur.", "A breakdown does not exceed the indicator's value."));
        }
    }

    private static bool IsValue(decimal value) => value >= 0 && value <= MaxValue && Money.HasAtMostTwoDecimals(value);

    private static string ValueRule => Text.T("Valeur positive ou nulle, à deux décimales au plus.", "A value of zero or more, two decimals at most.");
}
