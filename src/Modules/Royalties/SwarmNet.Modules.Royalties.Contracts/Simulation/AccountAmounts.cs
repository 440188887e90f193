using System.Text.Json.Serialization;
using SwarmNet.Modules.Royalties.Contracts.Json;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>Amounts excluding VAT by account: redevance, fonds de communication, droits et frais.</summary>
public sealed record AccountAmounts(
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Royalty,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Marketing,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Fee);
