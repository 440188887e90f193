using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>
/// A what-if on a contract's terms: the declared revenue of some periods, and optionally the date the
/// simulation runs until (otherwise it ends with the last declared period). Nothing is stored.
/// </summary>
public sealed record RoyaltySimulationRequest
{
    public RoyaltyTerms? Terms { get; init; }

    public IReadOnlyList<DeclarationInput>? Declarations { get; init; }

    public DateOnly? Until { get; init; }
}
