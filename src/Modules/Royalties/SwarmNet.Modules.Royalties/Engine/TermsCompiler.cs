using SwarmNet.Modules.Royalties.Contracts.Periods;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>Turns terms that passed <see cref="RoyaltyTermsValidator"/> into <see cref="CompiledTerms"/>.</summary>
internal static class TermsCompiler
{
    public static GridFrame Frame(RoyaltyTerms terms) => new(
        terms.EffectiveDate!.Value,
        terms.EndDate ?? DateOnly.MaxValue,
        RoyaltyPeriods.MonthsPerPeriod(terms.Periodicity) ?? 12,
        terms.RoyaltyYear == RoyaltyVocabulary.CalendarYear);

    public static CompiledTerms Compile(RoyaltyTerms terms)
    {
        var categories = new List<string>();
        var components = terms.Components!.Select(c => Component(c, categories)).ToArray();
        return new CompiledTerms
        {
            Frame = Frame(terms),
            VatRate = terms.VatRate!.Value,
            Components = components,
            RampUp = terms.RampUp?.Select(s => new RampUpEntry(s.FromMonth!.Value, s.ToMonth!.Value, s.Discount!.Value)).ToArray() ?? [],
            AnnualCap = terms.AnnualCap,
            MinimumAmount = terms.AnnualMinimum?.Amount,
            MinimumFromYear = terms.AnnualMinimum?.FromYear ?? 1,
            Categories = [.. categories],
        };
    }

    private static ComponentPlan Component(RoyaltyComponentTerms c, List<string> categories) => new()
    {
        Kind = c.Type switch
        {
            RoyaltyVocabulary.Percentage => ComponentKind.Percentage,
            RoyaltyVocabulary.Tiered => ComponentKind.Tiered,
            RoyaltyVocabulary.Fixed => ComponentKind.Fixed,
            _ => ComponentKind.OneOff,
        },
        Account = c.Account switch
        {
            RoyaltyVocabulary.RoyaltyAccount => Account.Royalty,
            RoyaltyVocabulary.MarketingAccount => Account.Marketing,
            _ => Account.Fee,
        },
        Label = c.Label!,
        Rate = c.Rate ?? 0m,
        Columns = c.Type is RoyaltyVocabulary.Percentage or RoyaltyVocabulary.Tiered ? Columns(c.Categories, categories) : null,
        Scale = c.Type == RoyaltyVocabulary.Tiered ? Scale(c) : null,
        Amount = c.Amount ?? 0m,
        EscalationRate = c.EscalationRate ?? 0m,
        Date = c.Date ?? default,
    };

    // A category listed twice must not count twice in B, hence Distinct.
    private static int[]? Columns(IReadOnlyList<string>? names, List<string> categories)
    {
        if (names is null)
        {
            return null;
        }

        return names.Distinct(StringComparer.Ordinal).Select(name =>
        {
            var index = categories.IndexOf(name);
            if (index < 0)
            {
                categories.Add(name);
                index = categories.Count - 1;
            }

            return index + 1;
        }).ToArray();
    }

    private static TierScale Scale(RoyaltyComponentTerms c) => new(
        c.Mode == RoyaltyVocabulary.Marginal,
        c.Brackets!.Select(b => b.UpTo ?? decimal.MaxValue).ToArray(),
        c.Brackets!.Select(b => b.Rate!.Value).ToArray());
}
