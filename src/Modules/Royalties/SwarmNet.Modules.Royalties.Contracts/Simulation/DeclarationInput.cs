namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>The revenue excluding VAT declared for the period whose clamped start is <see cref="Start"/>, by category.</summary>
public sealed record DeclarationInput
{
    public DateOnly? Start { get; init; }

    public IReadOnlyDictionary<string, decimal>? Revenue { get; init; }
}
