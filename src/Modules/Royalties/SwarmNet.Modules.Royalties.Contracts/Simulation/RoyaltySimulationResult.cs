namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// The simulated statements, period by period, and their totals (spec section 6). <see cref="Years"/> is an
/// addition to the spec's shape: a summary per royalty year for reading the effect of tiers, caps and minimums.
/// </summary>
public sealed record RoyaltySimulationResult(
    IReadOnlyList<SimulatedPeriod> Periods,
    SimulationTotals Totals,
    IReadOnlyList<SimulatedYear> Years);
