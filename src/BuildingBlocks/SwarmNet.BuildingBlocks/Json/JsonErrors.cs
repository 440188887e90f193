using System.Text.Json;
using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Json;

/// <summary>
/// What a JSON reading failure means for the caller: one field error per missing field, or the field where reading
/// stopped, named by JSON pointer. System.Text.Json says which kind only in its (English) message.
/// </summary>
public static partial class JsonErrors
{
    public static IReadOnlyList<FieldError> From(JsonException exception)
    {
        var path = JsonPointer.FromJsonPath(exception.Path);
        var message = exception.Message;
        if (exception is UnknownEnumValueException)
            return [new FieldError(path, message)];
        if (MissingProperties().Match(message) is { Success: true } missing)
            return Quoted().Matches(missing.Groups[1].Value)
                .Select(m => new FieldError(path + "/" + m.Groups[1].Value, Text.T("Champ obligatoire.", "Required field.")))
                .DefaultIfEmpty(new FieldError(path, Text.T("Champ obligatoire manquant.", "A required field is missing.")))
                .ToList();
        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
            return [new FieldError(path, Text.T("Champ en double (les noms ne diffèrent pas par la casse).", "Duplicate field (names do not differ by case)."))];
        if (message.Contains("null values", StringComparison.Ordinal))
            return [new FieldError(path, Text.T("Valeur obligatoire : null n'est pas accepté.", "Required value: null is not accepted."))];
        return [new FieldError(path, Text.T("Valeur illisible ou de type inattendu.", "Unreadable value or unexpected type."))];
    }

    [GeneratedRegex("missing required properties including: (.*)$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
