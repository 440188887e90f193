using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Benchmarks;

/// <summary>
/// A deterministic network of contracts with every kind of rule at once — percentage by category, tiered marginal
/// and whole, escalating fixed fee, one-off, ramp-up, cap and minimum — and 36 months of revenue in three categories.
/// </summary>
internal sealed class RoyaltyPortfolio
{
    public static readonly string[] Categories = ["salle", "livraison", "emporter"];

    private RoyaltyPortfolio(RoyaltyTerms[] terms, decimal[][] revenue)
    {
        Terms = terms;
        Revenue = revenue;
    }

    public RoyaltyTerms[] Terms { get; }

    /// <summary>Revenue[contract][period * 3 + category].</summary>
    public decimal[][] Revenue { get; }

    public static RoyaltyPortfolio Create(int contracts, int periods)
    {
        // A fixed seed: the same portfolio on every run, so figures compare across commits.
#pragma warning disable CA5394 // not security-sensitive: synthetic benchmark data
        var random = new Random(42);
        var terms = new RoyaltyTerms[contracts];
        var revenue = new decimal[contracts][];
        for (var i = 0; i < contracts; i++)
        {
            var effective = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 1460));
            terms[i] = Contract(effective, random.Next(1, 4) / 100m, random.Next(0, 2) == 0 ? "contract" : "calendar");
            revenue[i] = new decimal[periods * Categories.Length];
            for (var j = 0; j < revenue[i].Length; j++)
            {
                revenue[i][j] = random.Next(0, 2_000_000) / 100m;
            }
        }
#pragma warning restore CA5394

        return new RoyaltyPortfolio(terms, revenue);
    }

    internal static RoyaltyTerms Contract(DateOnly effective, decimal rate, string royaltyYear) => new()
    {
        EffectiveDate = effective,
        Periodicity = "monthly",
        RoyaltyYear = royaltyYear,
        VatRate = 0.2m,
        Components =
        [
            new() { Type = "percentage", Label = "Redevance de marque", Account = "royalty", Rate = rate, Categories = ["livraison", "emporter"] },
            new() { Type = "percentage", Label = "Fonds de communication", Account = "marketing", Rate = 0.01m },
            new()
            {
                Type = "tiered", Label = "Redevance progressive", Account = "royalty", Mode = "marginal",
                Brackets = [new() { UpTo = 100_000m, Rate = 0.05m }, new() { UpTo = 250_000m, Rate = 0.04m }, new() { UpTo = null, Rate = 0.03m }],
            },
            new()
            {
                Type = "tiered", Label = "Bonus salle", Account = "royalty", Mode = "whole", Categories = ["salle"],
                Brackets = [new() { UpTo = 50_000m, Rate = 0.01m }, new() { UpTo = null, Rate = 0.015m }],
            },
            new() { Type = "fixed", Label = "Frais de service", Account = "fee", Amount = 150m, EscalationRate = 0.02m },
            new() { Type = "oneOff", Label = "Droit d'entrée", Account = "fee", Amount = 3000m, Date = effective },
        ],
        RampUp = [new() { FromMonth = 1, ToMonth = 3, Discount = 1m }, new() { FromMonth = 4, ToMonth = 6, Discount = 0.5m }],
        AnnualMinimum = new() { Amount = 2400m, FromYear = 2 },
        AnnualCap = 60_000m,
    };
}
