using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>What the validator tells people, French first.</summary>
internal static class ObligationMessages
{
    public static string Required => Text.T("Champ obligatoire.", "Required.");

    public static string Length(int min, int max) => Text.T($"Entre {min} et {max} caractères.", $"Between {min} and {max} characters.");

    public static string Range(int min, int max) => Text.T($"Nombre entier entre {min} et {max}.", $"A whole number between {min} and {max}.");

    public static string OneOf(IEnumerable<string> values)
    {
        var list = string.Join(", ", values);
        return Text.T($"Valeurs possibles : {list}.", $"Allowed values: {list}.");
    }

    public static string DuplicateCode(string code) =>
        Text.T($"Le code « {code} » est déjà utilisé dans ce contrat.", $"Code '{code}' is already used in this contract.");

    public static string ActorOrPartner => Text.T("grantee, grantor ou l'identifiant d'une organisation partenaire du contrat.",
        "grantee, grantor or the id of a partner organisation of the contract.");

    public static string TooManyReminders => Text.T("Au plus 5 rappels.", "At most 5 reminders.");

    public static string DuplicateReminder => Text.T("Rappel en double.", "Duplicate reminder.");

    public static string DateOrDaysAfterEffective => Text.T("Indiquez soit date, soit daysAfterEffective.", "Give either date or daysAfterEffective.");

    public static string MonthDayOrAnniversary => Text.T("Indiquez month et day, ou anniversary: true.", "Give month and day, or anniversary: true.");

    public static string NotForThisKind => Text.T("Ce champ ne s'applique pas à ce type d'échéance.", "This field does not apply to this kind of schedule.");

    public static string OutsideCover => Text.T("La date tombe hors de la durée du contrat.", "The date falls outside the contract's term.");
}
