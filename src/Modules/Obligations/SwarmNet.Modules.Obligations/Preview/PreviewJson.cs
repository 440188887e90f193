using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Preview;

/// <summary>
/// The preview's JSON, shared by the CLI and the endpoint so both read and write the same bytes: camelCase, strict on
/// input (unknown fields and repeated keys are errors, except inside royaltyTerms), nulls written.
/// </summary>
internal static class PreviewJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses, previews and serialises; malformed JSON is one error at the pointer where reading failed.</summary>
    public static (string Json, IReadOnlyList<FieldError> Errors) Run(string json)
    {
        PreviewRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PreviewRequest>(json, Options);
        }
        catch (JsonException exception)
        {
            var line = ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            var column = ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            return ("", [new FieldError(JsonPointer.FromJsonPath(exception.Path), Text.T(
                $"JSON invalide à cet endroit (ligne {line}, position {column}) : syntaxe, type de valeur ou champ inattendu.",
                $"Invalid JSON here (line {line}, position {column}): unexpected syntax, value type or field."))]);
        }
        var (result, errors) = PreviewObligations.Run(request);
        return result is null ? ("", errors) : (JsonSerializer.Serialize(result, Options), []);
    }

    /// <summary>The CLI's error document: <c>{"errors":[{"path":…,"message":…}]}</c>.</summary>
    public static string SerializeErrors(IReadOnlyList<FieldError> errors) => JsonSerializer.Serialize(new { errors }, Options);
}
