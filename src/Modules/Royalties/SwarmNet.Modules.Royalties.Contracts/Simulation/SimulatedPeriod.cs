using System.Text.Json.Serialization;
using SwarmNet.Modules.Royalties.Contracts.Json;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>One period's statement; <see cref="Start"/> and <see cref="End"/> are clamped to the contract's cover.</summary>
public sealed record SimulatedPeriod(
    DateOnly Start,
    DateOnly End,
    int RoyaltyYear,
    bool Declared,
    IReadOnlyList<SimulatedLine> Lines,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal TotalExclVat,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Vat,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal TotalInclVat);
