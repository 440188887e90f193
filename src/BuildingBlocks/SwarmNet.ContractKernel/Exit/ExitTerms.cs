namespace SwarmNet.ContractKernel.Exit;

/// <summary>
/// How the structure leaves, planned from the start (modalités de séparation): the notice, the grounds for termination,
/// and what becomes of brand use, stock and data on exit — the three lines of the exit checklist.
/// </summary>
public sealed record ExitTerms(int NoticeDays, IReadOnlyList<string>? TerminationGrounds, string? BrandUse, string? Stock, string? Data)
{
    public IEnumerable<FieldError> Validate(string prefix)
    {
        if (NoticeDays is < 0 or > ContractTerm.MaxNoticeDays)
            yield return new($"{prefix}/noticeDays", Text.T($"Préavis entre 0 et {ContractTerm.MaxNoticeDays} jours.", $"Notice between 0 and {ContractTerm.MaxNoticeDays} days."));
        if (TerminationGrounds is not { Count: > 0 and <= 20 })
            yield return new($"{prefix}/terminationGrounds", Text.T("De 1 à 20 motifs de résiliation.", "From 1 to 20 termination grounds."));
        for (var i = 0; i < (TerminationGrounds?.Count ?? 0); i++)
            if (TerminationGrounds![i] is not { } g || string.IsNullOrWhiteSpace(g) || g.Length > 300)
                yield return new($"{prefix}/terminationGrounds/{i}", Text.T("Motif de 1 à 300 caractères.", "A ground of 1 to 300 characters."));
        foreach (var (value, name) in new[] { (BrandUse, "brandUse"), (Stock, "stock"), (Data, "data") })
            if (string.IsNullOrWhiteSpace(value) || value.Length > 2000)
                yield return new($"{prefix}/{name}", Text.T("Texte de 1 à 2000 caractères.", "A text of 1 to 2000 characters."));
    }

    /// <summary>The exit checklist's lines: what each party must see done when the contract ends.</summary>
    public IReadOnlyList<(string Item, string Label, string Detail)> ChecklistItems() =>
    [
        ("brandUse", Text.T("Fin de l'usage de la marque et des signes distinctifs", "End of the use of the brand and distinctive signs"), BrandUse ?? ""),
        ("stock", Text.T("Sort du stock et des supports", "Stock and materials"), Stock ?? ""),
        ("data", Text.T("Restitution et suppression des données", "Return and deletion of data"), Data ?? ""),
    ];
}
