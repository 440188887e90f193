using System.Text.Json.Serialization;
using SwarmNet.Modules.Royalties.Contracts.Json;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// <see cref="ByAccount"/> and <see cref="ExclVat"/> add up lines; <see cref="Vat"/> and <see cref="InclVat"/> add up
/// the periods' rounded VAT and totals, because that is what the statements bill.
/// </summary>
public sealed record SimulationTotals(
    AccountAmounts ByAccount,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal ExclVat,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Vat,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal InclVat);
