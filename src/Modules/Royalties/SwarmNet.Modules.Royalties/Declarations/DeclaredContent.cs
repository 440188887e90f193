using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Simulation;
using JsonPointer = SwarmNet.Modules.Royalties.Simulation.JsonPointer;

namespace SwarmNet.Modules.Royalties.Declarations;

/// <summary>Revenue by category (CA HT), or explicitly no activity: the rules of spec section 5, every error at once.</summary>
internal static class DeclaredContent
{
    public static List<FieldError> Check(IReadOnlyDictionary<string, decimal>? revenue, bool noActivity, string path)
    {
        var errors = new List<FieldError>();
        if (noActivity)
        {
            if (revenue is not null && revenue.Values.Any(v => v != 0m))
                errors.Add(new(path + "/revenue", Text.T("Aucune activité : le chiffre d'affaires doit être vide ou nul.",
                    "No activity: revenue must be empty or zero.")));
            return errors;
        }
        if (revenue is not { Count: > 0 })
        {
            errors.Add(new(path + "/revenue", Text.T("Indiquez le chiffre d'affaires HT par catégorie, ou cochez « aucune activité sur la période ».",
                "Give the revenue excluding VAT by category, or tick \"no activity this period\".")));
            return errors;
        }
        foreach (var (category, amount) in revenue.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var at = path + "/revenue/" + JsonPointer.Escape(category);
            if (category.Trim().Length is < 1 or > 50 || category.Trim() != category)
                errors.Add(new(at, SimulationMessages.CategoryName));
            else if (amount < 0m)
                errors.Add(new(at, SimulationMessages.RevenueNotNegative));
            else if (amount > RoyaltyVocabulary.MaxAmount)
                errors.Add(new(at, SimulationMessages.AmountTooLarge));
            else if (!Money.HasAtMostTwoDecimals(amount))
                errors.Add(new(at, SimulationMessages.AtMostTwoDecimals));
        }
        return errors;
    }
}
