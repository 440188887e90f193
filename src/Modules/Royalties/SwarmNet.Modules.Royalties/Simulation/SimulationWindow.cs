using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// The grid a simulation runs on, how many of its periods it covers (from the first through the one holding
/// until, or the last declared one), and the period each declaration belongs to.
/// </summary>
internal sealed record SimulationWindow(PeriodGrid Grid, int PeriodCount, int[] DeclarationPeriods);
