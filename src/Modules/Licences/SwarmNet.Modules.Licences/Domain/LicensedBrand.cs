using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Licences.Domain;

/// <summary>The brand licensed: its name, INPI registration number, Nice classes (1–45) and the activities licensed.</summary>
internal sealed record LicensedBrand(string? Name, string? InpiNumber, IReadOnlyList<int>? NiceClasses, IReadOnlyList<string>? Activities)
{
    /// <summary>Brands compare case- and space-insensitively: "Les Triporteurs" and "les triporteurs " are one brand.</summary>
    public static string KeyOf(string name) => ContractKernel.Gates.BrandGate.KeyOf(name);

    public IEnumerable<FieldError> Validate(string prefix)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 150)
            yield return new($"{prefix}/name", Text.T("Nom de marque de 1 à 150 caractères.", "A brand name of 1 to 150 characters."));
        else if (!SafeNames.IsSafeName(Name))
            yield return new($"{prefix}/name", SafeNameRules.NameMessage());
        if (InpiNumber is { } inpi && (inpi.Trim().Length is 0 or > 30))
            yield return new($"{prefix}/inpiNumber", Text.T("Numéro INPI de 1 à 30 caractères.", "An INPI number of 1 to 30 characters."));
        if (NiceClasses is not { Count: > 0 })
            yield return new($"{prefix}/niceClasses", Text.T("Au moins une classe de Nice.", "At least one Nice class."));
        for (var i = 0; i < (NiceClasses?.Count ?? 0); i++)
        {
            if (NiceClasses![i] is < 1 or > 45)
                yield return new($"{prefix}/niceClasses/{i}", Text.T("Classe de Nice entre 1 et 45.", "A Nice class between 1 and 45."));
            else if (NiceClasses.Take(i).Contains(NiceClasses[i]))
                yield return new($"{prefix}/niceClasses/{i}", Text.T("Classe en double.", "Duplicate class."));
        }
        if (Activities is not { Count: > 0 and <= 20 })
            yield return new($"{prefix}/activities", Text.T("De 1 à 20 activités concédées.", "From 1 to 20 licensed activities."));
        for (var i = 0; i < (Activities?.Count ?? 0); i++)
            if (Activities![i] is not { } a || string.IsNullOrWhiteSpace(a) || a.Length > 200)
                yield return new($"{prefix}/activities/{i}", Text.T("Activité de 1 à 200 caractères.", "An activity of 1 to 200 characters."));
    }
}
