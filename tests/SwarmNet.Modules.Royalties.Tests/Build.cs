using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Short builders for terms and declarations, so each test shows only what it is about.</summary>
internal static class Build
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static RoyaltyTerms Terms(string effective, string periodicity = "monthly", string royaltyYear = "contract",
        string? end = null, params RoyaltyComponentTerms[] components) => new()
    {
        EffectiveDate = D(effective),
        EndDate = end is null ? null : D(end),
        Periodicity = periodicity,
        RoyaltyYear = royaltyYear,
        VatRate = 0.2m,
        Components = components,
    };

    public static RoyaltyComponentTerms Percentage(decimal rate, string account = "royalty", string label = "Redevance", params string[] categories) => new()
    {
        Type = "percentage", Label = label, Account = account, Rate = rate, Categories = categories.Length == 0 ? null : categories,
    };

    public static RoyaltyComponentTerms Tiered(string mode, params (decimal? UpTo, decimal Rate)[] brackets) => new()
    {
        Type = "tiered", Label = "Progressive", Account = "royalty", Mode = mode,
        Brackets = brackets.Select(b => new TierBracket { UpTo = b.UpTo, Rate = b.Rate }).ToArray(),
    };

    public static RoyaltyComponentTerms Fixed(decimal amount, decimal? escalation = null, string account = "fee") => new()
    {
        Type = "fixed", Label = "Frais de service", Account = account, Amount = amount, EscalationRate = escalation,
    };

    public static RoyaltyComponentTerms OneOff(decimal amount, string date, string account = "fee") => new()
    {
        Type = "oneOff", Label = "Droit d'entrée", Account = account, Amount = amount, Date = D(date),
    };

    public static DeclarationInput Declare(string start, decimal revenue, string category = "ventes") => new()
    {
        Start = D(start), Revenue = new Dictionary<string, decimal> { [category] = revenue },
    };

    public static DeclarationInput Declare(string start, IReadOnlyDictionary<string, decimal> revenue) => new()
    {
        Start = D(start), Revenue = revenue,
    };

    public static RoyaltySimulationRequest Request(RoyaltyTerms terms, string? until = null, params DeclarationInput[] declarations) => new()
    {
        Terms = terms, Until = until is null ? null : D(until), Declarations = declarations,
    };
}
