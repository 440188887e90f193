using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// What a candidate would pay under royalty terms over its first <see cref="Years"/> royalty years, from a monthly revenue
/// excluding VAT growing by <see cref="AnnualGrowth"/> (0.10 for 10 %) each royalty year: the module lays the terms'
/// periods, spreads the revenue over them (prorated in partial periods) and runs the simulation. Nothing is stored.
/// </summary>
public sealed record ProjectRoyalties(RoyaltyTerms? Terms, decimal MonthlyRevenue, decimal AnnualGrowth, int Years) : IQuery<RoyaltySimulationResult>;
