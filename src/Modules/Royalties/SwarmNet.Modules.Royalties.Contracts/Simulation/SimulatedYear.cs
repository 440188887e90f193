using System.Text.Json.Serialization;
using SwarmNet.Modules.Royalties.Contracts.Json;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// The simulated part of one royalty year: its declared revenue, its lines by account, and the effective
/// royalty rate (royalty account / revenue, four decimals; null without revenue).
/// </summary>
public sealed record SimulatedYear(
    int RoyaltyYear,
    DateOnly Start,
    DateOnly End,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Revenue,
    AccountAmounts ByAccount,
    decimal? EffectiveRate);
