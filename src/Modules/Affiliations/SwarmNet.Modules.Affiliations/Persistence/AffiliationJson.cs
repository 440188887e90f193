using System.Text.Json;
using System.Text.Json.Serialization;

namespace SwarmNet.Modules.Affiliations.Persistence;

/// <summary>The module's JSON columns (signs, services) keep enum values by name, so reordering an enum never changes what was stored.</summary>
internal static class AffiliationJson
{
    private static readonly JsonSerializerOptions Options = new(ContractJson.Options)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
