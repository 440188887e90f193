using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Simulation;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Runs the use case and fails the test with the errors when a simulation meant to be valid is not.</summary>
internal static class Simulate
{
    public static RoyaltySimulationResult Valid(RoyaltySimulationRequest request)
    {
        var outcome = SimulateRoyalties.Run(request);
        Assert.True(outcome.Result is not null, string.Join("; ", outcome.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return outcome.Result!;
    }

    public static IReadOnlyList<FieldError> Errors(RoyaltySimulationRequest request)
    {
        var outcome = SimulateRoyalties.Run(request);
        Assert.Null(outcome.Result);
        return outcome.Errors;
    }

    public static SimulatedLine Line(this SimulatedPeriod period, string label) => Assert.Single(period.Lines, l => l.Label == label);

    public static SimulatedLine? Kind(this SimulatedPeriod period, string kind) => period.Lines.SingleOrDefault(l => l.Kind == kind);
}
