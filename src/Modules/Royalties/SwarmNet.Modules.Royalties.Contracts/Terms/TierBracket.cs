namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>A bracket of a tiered scale; <see cref="UpTo"/> null marks the open last bracket.</summary>
public sealed record TierBracket
{
    public decimal? UpTo { get; init; }

    public decimal? Rate { get; init; }
}
