using System.Text.Json;
using System.Text.Json.Serialization;

namespace SwarmNet.ContractKernel.Records;

/// <summary>How JSON columns (terms, lists, content) are written: camelCase as the specs and the API show them, enums by name, nulls left out.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string? WriteOrNull<T>(T? value) where T : class => value is null ? null : Write(value);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static T? ReadOrNull<T>(string? json) where T : class => json is null ? null : Read<T>(json);

    public static JsonElement? Element(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
