using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>What a user reads when declarations or the simulation's end are invalid, French first.</summary>
internal static class SimulationMessages
{
    public static string Required => Text.T("Champ obligatoire.", "Required.");
    public static string CategoryName => Text.T(
        "Le nom de catégorie doit contenir de 1 à 50 caractères.", "A category name must have 1 to 50 characters.");
    public static string RevenueNotNegative => Text.T(
        "Le chiffre d'affaires doit être positif ou nul.", "Revenue must be zero or more.");
    public static string AtMostTwoDecimals => Text.T("Au plus deux décimales.", "At most two decimals.");
    public static string OutsideCover => Text.T(
        "La date doit être comprise entre la date d'effet et la date de fin du contrat.",
        "The date must be between the contract's effective date and end date.");
    public static string BeyondHorizon => Text.T(
        "Au-delà de l'horizon de simulation (50 ans après la date d'effet).",
        "Beyond the simulation horizon (50 years after the effective date).");
    public static string AmountTooLarge => Text.T(
        "Montant trop élevé (au plus 1 000 000 000 000,00).", "Amount too large (at most 1,000,000,000,000.00).");
    public static string DuplicatePeriod => Text.T(
        "Cette période est déjà déclarée : une seule déclaration par période.",
        "This period is already declared: one declaration per period.");

    public static string NotAPeriodStart(DateOnly periodStart)
    {
        var start = periodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Text.T(
            $"Aucune période ne commence à cette date ; la période qui la contient commence le {start}.",
            $"No period starts on this date; the period that holds it starts on {start}.");
    }
}
