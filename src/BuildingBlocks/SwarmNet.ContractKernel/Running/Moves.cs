namespace SwarmNet.ContractKernel.Running;

/// <summary>The checks every status change by a person shares, with the statuses named as the glossary writes them.</summary>
internal static class Moves
{
    public static void Ensure(ContractRecord row, ContractStatus to, ContractNoun noun)
    {
        if (row.Status == to)
            throw new ConflictException(Text.T($"{noun.The} est déjà {noun.Status(to)}.", $"{noun.The} is already {noun.Status(to)}."));
        if (!Lifecycle.CanMove(row.Status, to))
            throw new ConflictException(Text.T($"{noun.The} ne peut pas passer de {noun.Status(row.Status)} à {noun.Status(to)}.",
                $"{noun.The} cannot move from {noun.Status(row.Status)} to {noun.Status(to)}."));
    }

    /// <summary>A required free text (a reason, a ground), trimmed, or a 400 naming its field.</summary>
    public static string RequiredText(string? value, string path, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
            throw new InputValidationException(path, Text.T($"Texte de 1 à {max} caractères attendu.", $"A text of 1 to {max} characters is expected."));
        return value.Trim();
    }
}
