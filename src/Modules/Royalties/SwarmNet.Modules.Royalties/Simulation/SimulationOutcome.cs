using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Simulation;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>Either the simulated statements or every field error, never both.</summary>
internal sealed record SimulationOutcome(RoyaltySimulationResult? Result, IReadOnlyList<FieldError> Errors)
{
    public static SimulationOutcome Valid(RoyaltySimulationResult result) => new(result, []);

    public static SimulationOutcome Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);
}
