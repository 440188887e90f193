using CsCheck;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Valid simulation requests: every component type, ramp-up, cap, minimum, leap days and month ends.</summary>
internal static class Generators
{
    private static readonly string[] CategoryNames = ["a", "b", "c"];

    private static readonly Gen<decimal> Cents = Gen.Int[0, 2_000_000].Select(c => c / 100m);

    private static readonly Gen<decimal> SmallRate = Gen.Int[0, 1500].Select(r => r / 10_000m);

    private static readonly Gen<string> Account = Gen.OneOf("royalty", "royalty", "marketing", "fee");

    private static readonly Gen<IReadOnlyList<string>?> Categories =
        Gen.Int[0, 3].Select(n => n == 0 ? null : (IReadOnlyList<string>)CategoryNames.Take(n).ToArray());

    private static readonly Gen<RoyaltyComponentTerms> Percentage =
        from rate in SmallRate from account in Account from categories in Categories
        select new RoyaltyComponentTerms { Type = "percentage", Account = account, Rate = rate, Categories = categories };

    private static readonly Gen<RoyaltyComponentTerms> Tiered =
        from mode in Gen.OneOf("marginal", "whole")
        from steps in Gen.Int[1, 3_000_000].Array[0, 3]
        from rates in SmallRate.Array[4]
        from categories in Categories
        select new RoyaltyComponentTerms
        {
            Type = "tiered", Account = "royalty", Mode = mode, Categories = categories,
            Brackets = [.. steps.Select((_, j) => new TierBracket { UpTo = steps.Take(j + 1).Sum() / 100m, Rate = rates[j] }),
                new TierBracket { UpTo = null, Rate = rates[steps.Length] }],
        };

    private static readonly Gen<RoyaltyComponentTerms> Fixed =
        from amount in Cents from escalation in Gen.Int[0, 100] from account in Account
        select new RoyaltyComponentTerms { Type = "fixed", Account = account, Amount = decimal.Round(amount / 10m, 2), EscalationRate = escalation / 1000m };

    private static readonly Gen<RoyaltyComponentTerms> OneOff =
        from amount in Cents from offset in Gen.Int[0, 1200] from account in Account
        select new RoyaltyComponentTerms { Type = "oneOff", Account = account, Amount = amount, Date = DateOnly.MinValue.AddDays(offset) };

    private static readonly Gen<RoyaltyTerms> Terms =
        from effective in Gen.DateOnly[new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)]
        from periodicity in Gen.OneOf("monthly", "monthly", "quarterly", "annual")
        from royaltyYear in Gen.OneOf("contract", "calendar")
        from length in Gen.Int[-1, 1500]
        from vatRate in Gen.OneOf(0m, 0.055m, 0.1m, 0.2m)
        from components in Gen.OneOf(Percentage, Tiered, Tiered, Fixed, OneOff).Array[1, 5]
        from rampUpLength in Gen.Int[0, 13]
        from discount in Gen.Int[0, 100]
        from minimum in Gen.Int[-1, 2_000_000]
        from capAbove in Gen.OneOf(Gen.Int[-1, 3_000_000], Gen.Int[0, 50_000], Gen.Const(0))
        select Assemble(effective, periodicity, royaltyYear, length, vatRate, components, rampUpLength, discount, minimum, capAbove);

    /// <summary>
    /// Terms, and up to three years of periods declared at random, with or without until. Often the first declared
    /// periods bring a tiered component's base exactly onto a bracket boundary (or a cent either side): where a
    /// `&lt;` written for `&lt;=` shows.
    /// </summary>
    public static readonly Gen<RoyaltySimulationRequest> Requests =
        from terms in Terms
        from revenues in Gen.Int[0, 3_000_000].Array[40]
        from split in Gen.Int[0, 3].Array[40]
        from declared in Gen.Bool.Array[40]
        from untilOffset in Gen.Int[-1, 1200]
        from boundary in Gen.Int[-2, 5]
        from cents in Gen.Int[-1, 1]
        select OnBoundary(Declare(terms, revenues, split, declared, untilOffset), boundary, cents);

    private static RoyaltyTerms Assemble(DateOnly effective, string periodicity, string royaltyYear, int length, decimal vatRate,
        RoyaltyComponentTerms[] components, int rampUpLength, int discount, int minimum, int capAbove)
    {
        DateOnly? end = length < 0 ? null : effective.AddDays(length);
        var last = end ?? DateOnly.MaxValue;
        var labelled = components.Select((c, i) => c with
        {
            Label = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Date = c.Type == "oneOff" ? Min(effective.AddDays(c.Date!.Value.DayNumber), last) : null,
        });
        var minimumAmount = minimum <= 0 ? (decimal?)null : minimum / 100m;
        return new RoyaltyTerms
        {
            EffectiveDate = effective, EndDate = end, Periodicity = periodicity, RoyaltyYear = royaltyYear, VatRate = vatRate,
            Components = [.. labelled],
            RampUp = rampUpLength == 0 ? null : [new RampUpStep { FromMonth = 1, ToMonth = rampUpLength, Discount = discount / 100m }],
            AnnualMinimum = minimumAmount is null ? null : new AnnualMinimumTerms { Amount = minimumAmount, FromYear = 1 + (minimum % 2) },
            AnnualCap = capAbove < 0 ? null : (minimumAmount ?? 0.01m) + (capAbove / 100m), // at times exactly the minimum
        };
    }

    private static RoyaltySimulationRequest Declare(RoyaltyTerms terms, int[] revenues, int[] split, bool[] declared, int untilOffset)
    {
        var frame = TermsCompiler.Frame(terms);
        var periods = PeriodGrid.Build(frame, Min(frame.EffectiveDate.AddYears(3), frame.EndDate)).Periods;
        var declarations = periods.Take(40)
            .Select((period, i) => (period, i))
            .Where(x => declared[x.i])
            .Select(x => new DeclarationInput
            {
                Start = x.period.Start,
                Revenue = CategoryNames.Take(split[x.i]).ToDictionary(c => c, c => revenues[x.i] / 100m / Math.Max(1, split[x.i]) is var r ? decimal.Round(r, 2) : 0m),
            })
            .ToArray();
        DateOnly? until = untilOffset < 0 && declarations.Length > 0 ? null : Min(frame.EffectiveDate.AddDays(Math.Max(0, untilOffset)), frame.EndDate);
        return new RoyaltySimulationRequest { Terms = terms, Declarations = declarations, Until = until };
    }

    /// <summary>
    /// The first declaration's base lands on bracket <paramref name="boundary"/> of the first tiered scale (plus
    /// <paramref name="cents"/>), the second on the next bracket: category "a", which every tiered component counts.
    /// </summary>
    private static RoyaltySimulationRequest OnBoundary(RoyaltySimulationRequest request, int boundary, int cents)
    {
        var scale = request.Terms!.Components!.FirstOrDefault(c => c.Type == "tiered" && c.Brackets!.Count > 1);
        if (boundary < 0 || scale is null || request.Declarations!.Count == 0)
            return request;
        var upTo = scale.Brackets!.Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value).ToArray();
        var j = boundary % upTo.Length;
        var first = upTo[j] + cents / 100m;
        var declarations = request.Declarations.ToArray();
        declarations[0] = declarations[0] with { Revenue = new Dictionary<string, decimal> { ["a"] = first } };
        if (declarations.Length > 1 && j + 1 < upTo.Length)
            declarations[1] = declarations[1] with { Revenue = new Dictionary<string, decimal> { ["a"] = upTo[j + 1] - first } };
        return request with { Declarations = declarations };
    }

    /// <summary>How a failing sample is printed: the request as the JSON a user would send.</summary>
    public static string Show(RoyaltySimulationRequest request) =>
        System.Text.Json.JsonSerializer.Serialize(request, Simulation.RoyaltiesJson.Options);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
