using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Modules.Royalties.Declarations;

/// <summary>What a sworn statement (<see cref="SwornStatement"/>) must hold to be taken.</summary>
internal static class SwornStatementRules
{
    public static List<FieldError> Check(SwornStatement? sworn, DateOnly today, string path)
    {
        var errors = new List<FieldError>();
        if (sworn is null)
        {
            errors.Add(new(path, BuildingBlocks.Localization.Text.T("Déclaration sur l'honneur obligatoire.", "A sworn statement is required.")));
            return errors;
        }
        if (string.IsNullOrWhiteSpace(sworn.Name) || sworn.Name.Trim().Length > 200)
            errors.Add(new(path + "/name", BuildingBlocks.Localization.Text.T("Nom du déclarant de 1 à 200 caractères.", "The declarant's name, 1 to 200 characters.")));
        if (sworn.Date is not { } date)
            errors.Add(new(path + "/date", BuildingBlocks.Localization.Text.T("Champ obligatoire.", "Required.")));
        else if (date > today)
            errors.Add(new(path + "/date", BuildingBlocks.Localization.Text.T("La date ne peut être future.", "The date cannot be in the future.")));
        if (!sworn.Accepted)
            errors.Add(new(path + "/accepted", BuildingBlocks.Localization.Text.T("Cochez la case de certification sur l'honneur.", "Tick the sworn statement box.")));
        if (sworn.Text is { Length: > 1000 })
            errors.Add(new(path + "/text", BuildingBlocks.Localization.Text.T("Texte de certification de 1000 caractères au plus.", "A statement text of at most 1000 characters.")));
        return errors;
    }
}
