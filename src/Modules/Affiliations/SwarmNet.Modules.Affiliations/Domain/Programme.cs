namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>What a collective programme does for the network's affiliates (programmes collectifs).</summary>
internal enum ProgrammeKind
{
    Purchasing,
    Advocacy,
    Training,
    Other,
}

/// <summary>A collective programme as the network defines it: its kind, a name unique in the network, what it offers.</summary>
internal static class ProgrammeDefinition
{
    public const int MaxName = 150;
    public const int MaxDescription = 2000;

    public static List<FieldError> Validate(ProgrammeKind? kind, string? name, string? description)
    {
        var errors = new List<FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k))
            errors.Add(new("/kind", Text.T("Type attendu : purchasing, advocacy, training ou other.", "Expected kind: purchasing, advocacy, training or other.")));
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxName)
            errors.Add(new("/name", Text.T($"Nom de 1 à {MaxName} caractères.", $"A name of 1 to {MaxName} characters.")));
        if (description is { Length: > MaxDescription })
            errors.Add(new("/description", Text.T($"Description de {MaxDescription} caractères au plus.", $"A description of at most {MaxDescription} characters.")));
        return errors;
    }
}
