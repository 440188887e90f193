using System.Text.RegularExpressions;
using SwarmNet.ContractKernel.Drafting;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// An impact indicator the contract defines: its code, label and unit, whether periods add up (sum: people trained) or the
/// latest value stands (latest: people in employment six months later), and the "of whom" breakdowns partners report.
/// </summary>
internal sealed record IndicatorTerms(string? Code, string? Label, string? Unit, IndicatorAggregation? Aggregation, IReadOnlyList<BreakdownTerms?>? Breakdowns = null)
{
    public IReadOnlyList<BreakdownTerms> BreakdownList => Breakdowns?.OfType<BreakdownTerms>().ToList() ?? [];
}

/// <summary>A part of an indicator's value ("of whom women"), never more than the value itself.</summary>
internal sealed record BreakdownTerms(string? Code, string? Label);

internal enum IndicatorAggregation
{
    Sum,
    Latest,
}

internal static partial class IndicatorRules
{
    public const int MaxIndicators = 30;
    public const int MaxBreakdowns = 10;

    public static IEnumerable<FieldError> Validate(IReadOnlyList<IndicatorTerms?>? indicators, string prefix)
    {
        if (indicators is null)
            yield break;
        if (indicators.Count > MaxIndicators)
            yield return new(prefix, Text.T($"Au plus {MaxIndicators} indicateurs.", $"At most {MaxIndicators} indicators."));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < indicators.Count; i++)
        {
            var path = $"{prefix}/{i}";
            if (indicators[i] is not { } indicator)
            {
                yield return ContractTerms.Missing(path);
                continue;
            }
            if (indicator.Code is null || !CodePattern().IsMatch(indicator.Code))
                yield return new($"{path}/code", CodeRule);
            else if (!codes.Add(indicator.Code))
                yield return new($"{path}/code", Text.T($"Le code {indicator.Code} est déjà celui d'un autre indicateur.", $"Code {indicator.Code} is already another indicator's."));
            if (string.IsNullOrWhiteSpace(indicator.Label) || indicator.Label.Trim().Length > 150)
                yield return new($"{path}/label", Text.T("Libellé de 1 à 150 caractères.", "A label of 1 to 150 characters."));
            if (string.IsNullOrWhiteSpace(indicator.Unit) || indicator.Unit.Trim().Length > 30)
                yield return new($"{path}/unit", Text.T("Unité de 1 à 30 caractères (personnes, heures…).", "A unit of 1 to 30 characters (people, hours…)."));
            if (indicator.Aggregation is not { } aggregation || !Enum.IsDefined(aggregation))
                yield return new($"{path}/aggregation", Text.T("Agrégation obligatoire : sum ou latest.", "An aggregation is required: sum or latest."));
            foreach (var error in Breakdowns(indicator.Breakdowns, $"{path}/breakdowns"))
                yield return error;
        }
    }

    private static IEnumerable<FieldError> Breakdowns(IReadOnlyList<BreakdownTerms?>? breakdowns, string prefix)
    {
        if (breakdowns is null)
            yield break;
        if (breakdowns.Count > MaxBreakdowns)
            yield return new(prefix, Text.T($"Au plus {MaxBreakdowns} ventilations par indicateur.", $"At most {MaxBreakdowns} breakdowns per indicator."));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var b = 0; b < breakdowns.Count; b++)
        {
            var path = $"{prefix}/{b}";
            if (breakdowns[b]?.Code is not { } code || !CodePattern().IsMatch(code))
                yield return new($"{path}/code", CodeRule);
            else if (!codes.Add(code))
                yield return new($"{path}/code", Text.T($"La ventilation {code} est déjà listée.", $"Breakdown {code} is already listed."));
            if (string.IsNullOrWhiteSpace(breakdowns[b]?.Label) || breakdowns[b]!.Label!.Trim().Length > 100)
                yield return new($"{path}/label", Text.T("Libellé de 1 à 100 caractères.", "A label of 1 to 100 characters."));
        }
    }

    private static string CodeRule => Text.T("Code de 1 à 30 lettres, chiffres, tirets ou soulignés.", "A code of 1 to 30 letters, digits, hyphens or underscores.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,30}$")]
    private static partial Regex CodePattern();
}
