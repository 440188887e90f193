namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>A version of the charter as the network publishes it: what changed, its text or its document (or both), the delay to acknowledge it.</summary>
internal static class CharterPublication
{
    public const int MaxTextLength = 100_000;

    public static List<FieldError> Validate(string? summary, string? text, bool hasDocument, int? acknowledgeWithinDays)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 2000)
            errors.Add(new("/summary", Text.T("Résumé des changements de 1 à 2000 caractères.", "A summary of the changes of 1 to 2000 characters.")));
        if (string.IsNullOrWhiteSpace(text) && !hasDocument)
            errors.Add(new("/text", Text.T("Le texte de la charte ou son document (champ « file ») est attendu.", "The charter's text or its document (field \"file\") is expected.")));
        else if (text is { Length: > MaxTextLength })
            errors.Add(new("/text", Text.T($"Texte de {MaxTextLength} caractères au plus.", $"A text of at most {MaxTextLength} characters.")));
        if (acknowledgeWithinDays is < 1 or > CharterDeadlines.MaxDays)
            errors.Add(new("/acknowledgeWithinDays", Text.T($"Délai de prise de connaissance de 1 à {CharterDeadlines.MaxDays} jours.",
                $"A delay to acknowledge of 1 to {CharterDeadlines.MaxDays} days.")));
        return errors;
    }
}
