using FluentValidation.Resources;

namespace SwarmNet.BuildingBlocks.Localization;

/// <summary>
/// FluentValidation's built-in messages, reworded without the property's name: every error already names its field by
/// its JSON path, and an English name inside a French sentence ("'reason' ne doit pas être vide.") reads as a bug.
/// French first, English for Accept-Language: en.
/// </summary>
internal sealed class ValidationMessages : LanguageManager
{
    public ValidationMessages()
    {
        Add("NotEmptyValidator", "Ce champ est obligatoire.", "This field is required.");
        Add("NotNullValidator", "Ce champ est obligatoire.", "This field is required.");
        Add("EmptyValidator", "Ce champ doit rester vide.", "This field must be empty.");
        Add("NullValidator", "Ce champ doit rester vide.", "This field must be empty.");
        Add("MaximumLengthValidator", "{MaxLength} caractères au plus ({TotalLength} saisis).", "At most {MaxLength} characters ({TotalLength} entered).");
        Add("MinimumLengthValidator", "{MinLength} caractères au moins ({TotalLength} saisis).", "At least {MinLength} characters ({TotalLength} entered).");
        Add("LengthValidator", "De {MinLength} à {MaxLength} caractères ({TotalLength} saisis).", "{MinLength} to {MaxLength} characters ({TotalLength} entered).");
        Add("ExactLengthValidator", "Exactement {MaxLength} caractères ({TotalLength} saisis).", "Exactly {MaxLength} characters ({TotalLength} entered).");
        Add("InclusiveBetweenValidator", "Valeur attendue entre {From} et {To} (reçu : {PropertyValue}).", "A value from {From} to {To} is expected (got {PropertyValue}).");
        Add("ExclusiveBetweenValidator", "Valeur attendue strictement entre {From} et {To} (reçu : {PropertyValue}).",
            "A value strictly between {From} and {To} is expected (got {PropertyValue}).");
        Add("GreaterThanOrEqualValidator", "Valeur attendue : {ComparisonValue} ou plus.", "A value of {ComparisonValue} or more is expected.");
        Add("GreaterThanValidator", "Valeur attendue : plus de {ComparisonValue}.", "A value above {ComparisonValue} is expected.");
        Add("LessThanOrEqualValidator", "Valeur attendue : {ComparisonValue} ou moins.", "A value of {ComparisonValue} or less is expected.");
        Add("LessThanValidator", "Valeur attendue : moins de {ComparisonValue}.", "A value below {ComparisonValue} is expected.");
        Add("EqualValidator", "Valeur attendue : {ComparisonValue}.", "Expected: {ComparisonValue}.");
        Add("NotEqualValidator", "Valeur refusée : {ComparisonValue}.", "Not allowed: {ComparisonValue}.");
        Add("EnumValidator", "Valeur inconnue.", "Unknown value.");
        Add("RegularExpressionValidator", "Format invalide.", "Invalid format.");
        Add("EmailValidator", "Adresse e-mail invalide.", "Invalid e-mail address.");
        Add("PredicateValidator", "Valeur invalide.", "Invalid value.");
        Add("AsyncPredicateValidator", "Valeur invalide.", "Invalid value.");
        Add("PrecisionScaleValidator", "{ExpectedPrecision} chiffres au plus, dont {ExpectedScale} décimales.",
            "At most {ExpectedPrecision} digits, {ExpectedScale} of them decimals.");
        Add("CreditCardValidator", "Numéro de carte invalide.", "Invalid card number.");
    }

    private void Add(string key, string french, string english)
    {
        AddTranslation("fr", key, french);
        AddTranslation("fr-FR", key, french);
        AddTranslation("en", key, english);
    }
}
