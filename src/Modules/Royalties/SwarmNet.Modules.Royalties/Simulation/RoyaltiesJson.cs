using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Simulation;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// The module's one JSON dialect, shared by the CLI and the endpoint so both read and write the same bytes:
/// camelCase, strict on input (an unknown field or a repeated key is a mistake in a money document, not noise).
/// </summary>
internal static class RoyaltiesJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        WriteIndented = true,
        // French messages stay readable ("Doit être…", not "\u00EA"); the output is JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Never throws on bad input: malformed JSON comes back as one error at the pointer where reading failed.</summary>
    public static (RoyaltySimulationRequest? Request, FieldError? Error) ParseRequest(string json)
    {
        try
        {
            var request = JsonSerializer.Deserialize<RoyaltySimulationRequest>(json, Options);
            return request is null
                ? (null, new FieldError("", Text.T("Le corps de la requête est vide.", "The request body is empty.")))
                : (request, null);
        }
        catch (JsonException exception)
        {
            var line = ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            var column = ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            var message = Text.T(
                $"JSON invalide à cet endroit (ligne {line}, position {column}) : syntaxe, type de valeur ou champ inattendu.",
                $"Invalid JSON here (line {line}, position {column}): unexpected syntax, value type or field.");
            return (null, new FieldError(JsonPointer.FromJsonPath(exception.Path), message));
        }
    }

    public static string Serialize(RoyaltySimulationResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>The CLI's error document: <c>{"errors":[{"path":…,"message":…}]}</c>.</summary>
    public static string SerializeErrors(IReadOnlyList<FieldError> errors) =>
        JsonSerializer.Serialize(new ErrorDocument(errors), Options);

    private sealed record ErrorDocument(IReadOnlyList<FieldError> Errors);
}
