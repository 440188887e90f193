using System.Text.Json.Serialization;
using SwarmNet.Modules.Royalties.Contracts.Json;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// One line of a period. <see cref="Kind"/> is one of <see cref="LineKinds"/>; <see cref="Base"/> is the period's
/// revenue base for percentage and tiered lines and null otherwise, written as null even by hosts that omit nulls.
/// </summary>
public sealed record SimulatedLine(
    string Kind,
    string Label,
    string Account,
    [property: JsonConverter(typeof(NullableMoneyJsonConverter)), JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Base,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Amount);
