using FluentValidation.Resources;

namespace SwarmNet.BuildingBlocks.Localization;

/// <summary>
/// FluentValidation's messages in SwarmNet's words: each error already names its field by its JSON path, so a message
/// never repeats an English property name inside a French sentence ("'reason' ne doit pas être vide.").
/// </summary>
internal sealed class ValidationMessages : LanguageManager
{
    public ValidationMessages()
    {
        Add("NotEmptyValidator", "Champ obligatoire.", "Required.");
        Add("NotNullValidator", "Champ obligatoire.", "Required.");
        Add("MaximumLengthValidator", "{MaxLength} caractères au plus ({TotalLength} donnés).", "At most {MaxLength} characters ({TotalLength} given).");
        Add("MinimumLengthValidator", "{MinLength} caractères au moins ({TotalLength} donnés).", "At least {MinLength} characters ({TotalLength} given).");
        Add("LengthValidator", "De {MinLength} à {MaxLength} caractères ({TotalLength} donnés).", "From {MinLength} to {MaxLength} characters ({TotalLength} given).");
        Add("ExactLengthValidator", "Exactement {MaxLength} caractères ({TotalLength} donnés).", "Exactly {MaxLength} characters ({TotalLength} given).");
        Add("InclusiveBetweenValidator", "Valeur attendue entre {From} et {To}.", "A value between {From} and {To} is expected.");
        Add("ExclusiveBetweenValidator", "Valeur attendue strictement entre {From} et {To}.", "A value strictly between {From} and {To} is expected.");
        Add("GreaterThanValidator", "Valeur attendue supérieure à {ComparisonValue}.", "A value greater than {ComparisonValue} is expected.");
        Add("GreaterThanOrEqualValidator", "Valeur attendue d'au moins {ComparisonValue}.", "A value of at least {ComparisonValue} is expected.");
        Add("LessThanValidator", "Valeur attendue inférieure à {ComparisonValue}.", "A value less than {ComparisonValue} is expected.");
        Add("LessThanOrEqualValidator", "Valeur attendue d'au plus {ComparisonValue}.", "A value of at most {ComparisonValue} is expected.");
        Add("EmailValidator", "Adresse e-mail invalide.", "Invalid e-mail address.");
        Add("EnumValidator", "Valeur inconnue.", "Unknown value.");
        Add("RegularExpressionValidator", "Format invalide.", "Invalid format.");
        Add("PredicateValidator", "Valeur invalide.", "Invalid value.");
        Add("AsyncPredicateValidator", "Valeur invalide.", "Invalid value.");
        Add("EqualValidator", "Valeur attendue : {ComparisonValue}.", "Expected value: {ComparisonValue}.");
        Add("NotEqualValidator", "Valeur refusée : {ComparisonValue}.", "Refused value: {ComparisonValue}.");
        Add("EmptyValidator", "Doit rester vide.", "Must be empty.");
        Add("NullValidator", "Doit rester vide.", "Must be empty.");
    }

    private void Add(string key, string french, string english)
    {
        AddTranslation("fr", key, french);
        AddTranslation("en", key, english);
    }
}
