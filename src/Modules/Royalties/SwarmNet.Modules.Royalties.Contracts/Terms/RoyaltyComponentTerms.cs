namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>
/// One line of the terms. A single flat shape for the four types keeps the JSON exactly as the spec writes it
/// and lets the validator name a missing field per type, rather than a polymorphic deserialiser failing first.
/// </summary>
public sealed record RoyaltyComponentTerms
{
    /// <summary>percentage, tiered, fixed or oneOff.</summary>
    public string? Type { get; init; }

    public string? Label { get; init; }

    /// <summary>royalty, marketing or fee.</summary>
    public string? Account { get; init; }

    /// <summary>percentage only.</summary>
    public decimal? Rate { get; init; }

    /// <summary>percentage and tiered; absent or null means every category.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>tiered only: marginal or whole.</summary>
    public string? Mode { get; init; }

    /// <summary>tiered only.</summary>
    public IReadOnlyList<TierBracket>? Brackets { get; init; }

    /// <summary>fixed (per royalty year's period) and oneOff.</summary>
    public decimal? Amount { get; init; }

    /// <summary>fixed only; absent means 0.</summary>
    public decimal? EscalationRate { get; init; }

    /// <summary>oneOff only.</summary>
    public DateOnly? Date { get; init; }
}
