using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>
/// Enum query parameters in the API's camelCase ("localStructure"): minimal APIs parse enums case-sensitively,
/// so the endpoints take a string and parse it here, reporting the field when unknown.
/// </summary>
public static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string? value, string path) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
            return parsed;
        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw new InputValidationException(path, Text.T($"Valeur inconnue. Valeurs possibles : {allowed}.", $"Unknown value. Allowed: {allowed}."));
    }
}
