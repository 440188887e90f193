using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Domain;

/// <summary>
/// What a tick needs: a mandatory item is ticked with a note and a date, a file too where the item says so; no evidence
/// date is in the future. Unticking needs nothing.
/// </summary>
internal static class ReadinessEvidence
{
    public sealed record Item(bool Mandatory, bool RequiresFile, bool HasFile);

    public static List<FieldError> Check(Item item, bool done, string? note, DateOnly? date, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (date > today)
            errors.Add(new("/date", Text.T("La date du justificatif ne peut pas être dans le futur.", "The evidence date cannot be in the future.")));
        if (!done)
            return errors;
        if (item.Mandatory && string.IsNullOrWhiteSpace(note))
            errors.Add(new("/note", Text.T("Un élément obligatoire se coche avec une note décrivant le justificatif.",
                "A mandatory item is ticked with a note describing the evidence.")));
        if (item.Mandatory && date is null)
            errors.Add(new("/date", Text.T("Un élément obligatoire se coche avec la date du justificatif.", "A mandatory item is ticked with the evidence date.")));
        if (item.RequiresFile && !item.HasFile)
            errors.Add(new("/file", Text.T("Cet élément exige un fichier justificatif : joignez-le (POST …/checklist/{itemId}/evidence).",
                "This item requires an evidence file: upload it (POST …/checklist/{itemId}/evidence).")));
        return errors;
    }
}
