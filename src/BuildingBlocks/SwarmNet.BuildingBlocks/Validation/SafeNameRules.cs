using FluentValidation;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Validation;

/// <summary>The <see cref="SafeNames"/> checks as FluentValidation rules (null passes: NotEmpty says whether it is required).</summary>
public static class SafeNameRules
{
    public static IRuleBuilderOptions<T, string?> SafeName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(SafeNames.IsSafeName).WithMessage(_ => NameMessage());

    public static IRuleBuilderOptions<T, string?> SafeFileName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(SafeNames.IsSafeFileName).WithMessage(_ => FileNameMessage());

    public static string NameMessage() => Text.T(
        "Caractères interdits : caractères de contrôle, invisibles ou de sens d'écriture.",
        "Forbidden characters: control, invisible or text-direction characters.");

    public static string FileNameMessage() => Text.T(
        "Nom de fichier refusé : ni chemin (/ \\ :), ni « .. », ni caractères spéciaux ou invisibles, ni nom réservé (CON, NUL, COM1…).",
        "File name refused: no path (/ \\ :), no \"..\", no special or invisible characters, no reserved name (CON, NUL, COM1…).");
}
