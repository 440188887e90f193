using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SwarmNet.Modules.Royalties.Contracts.Json;

/// <summary>
/// Prints an amount with exactly two decimals (400.00, not 400) whatever scale the decimal carries,
/// so statements read the same from the CLI, the API and any host's serializer options.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(value.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
