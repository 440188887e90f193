using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>What a user reads when terms are invalid, French first.</summary>
internal static class TermsMessages
{
    public static string Required => Text.T("Champ obligatoire.", "Required.");
    public static string DateOutOfRange => Text.T(
        "Date hors de la plage prise en charge (1900-01-01 à 2999-12-31).",
        "Date outside the supported range (1900-01-01 to 2999-12-31).");
    public static string EndBeforeEffective => Text.T(
        "La date de fin doit être égale ou postérieure à la date d'effet.",
        "The end date must be on or after the effective date.");
    public static string Periodicity => Text.T(
        "Valeur attendue : monthly, quarterly ou annual.", "Expected monthly, quarterly or annual.");
    public static string RoyaltyYear => Text.T("Valeur attendue : contract ou calendar.", "Expected contract or calendar.");
    public static string BetweenZeroAndOne => Text.T("Doit être compris entre 0 et 1.", "Must be between 0 and 1.");
    public static string AmountTooLarge => Text.T(
        "Montant trop élevé (au plus 1 000 000 000 000,00).", "Amount too large (at most 1,000,000,000,000.00).");
    public static string AtMostTwoDecimals => Text.T("Au plus deux décimales.", "At most two decimals.");
    public static string NoComponent => Text.T("Au moins une composante est requise.", "At least one component is required.");
    public static string ComponentType => Text.T(
        "Valeur attendue : percentage, tiered, fixed ou oneOff.", "Expected percentage, tiered, fixed or oneOff.");
    public static string Label => Text.T(
        "Le libellé doit contenir de 1 à 100 caractères.", "The label must have 1 to 100 characters.");
    public static string Account => Text.T("Valeur attendue : royalty, marketing ou fee.", "Expected royalty, marketing or fee.");
    public static string CategoryName => Text.T(
        "Le nom de catégorie doit contenir de 1 à 50 caractères.", "A category name must have 1 to 50 characters.");
    public static string Mode => Text.T("Valeur attendue : marginal ou whole.", "Expected marginal or whole.");
    public static string NoBracket => Text.T("Au moins une tranche est requise.", "At least one bracket is required.");
    public static string OnlyLastOpen => Text.T(
        "Seule la dernière tranche est ouverte (upTo null).", "Only the last bracket is open (upTo null).");
    public static string LastMustBeOpen => Text.T(
        "La dernière tranche doit être ouverte (upTo null).", "The last bracket must be open (upTo null).");
    public static string UpToPositive => Text.T(
        "Le seuil de la tranche doit être strictement positif.", "The bracket's threshold must be positive.");
    public static string UpToRising => Text.T(
        "Le seuil doit être supérieur à celui de la tranche précédente.",
        "The threshold must be above the previous bracket's.");
    public static string AmountNotNegative => Text.T("Le montant doit être positif ou nul.", "The amount must be zero or more.");
    public static string DateOutsideCover => Text.T(
        "La date doit être comprise entre la date d'effet et la date de fin du contrat.",
        "The date must be between the contract's effective date and end date.");
    public static string FromMonth => Text.T("Le mois de début doit valoir au moins 1.", "The first month must be at least 1.");
    public static string ToMonth => Text.T(
        "Le mois de fin doit être égal ou postérieur au mois de début.", "The last month must be on or after the first month.");
    public static string RampUpOverlap => Text.T(
        "Cette période de remise chevauche une période précédente.", "This discount step overlaps an earlier one.");
    public static string MinimumPositive => Text.T(
        "Le minimum annuel doit être strictement positif.", "The annual minimum must be positive.");
    public static string FromYear => Text.T("L'année de départ doit valoir au moins 1.", "The first year must be at least 1.");
    public static string CapPositive => Text.T("Le plafond annuel doit être strictement positif.", "The annual cap must be positive.");
    public static string CapBelowMinimum => Text.T(
        "Le plafond annuel doit être égal ou supérieur au minimum annuel.",
        "The annual cap must be at least the annual minimum.");
}
