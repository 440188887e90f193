using System.Text.Json;
using System.Text.Json.Serialization;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Json;

/// <summary>
/// Enums as their camelCase names, one name per value: System.Text.Json's own converter also takes numbers and
/// comma-separated combinations (<c>"localStructure,networkHead"</c>), which silently pick one of two meanings.
/// </summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
            .ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw Unknown();

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

        private static TEnum Parse(string? name) => name is not null && ByName.TryGetValue(name, out var value) ? value : throw Unknown();

        private static UnknownEnumValueException Unknown()
        {
            var allowed = string.Join(", ", ByName.Keys);
            return new(Text.T($"Valeur inconnue. Valeurs possibles : {allowed}.", $"Unknown value. Allowed: {allowed}."));
        }
    }
}

/// <summary>A value outside the enum's names; its message is already the one users read.</summary>
public sealed class UnknownEnumValueException(string message) : JsonException(message);
