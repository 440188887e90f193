namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>One validated component, with its categories resolved to revenue columns for the computation loop.</summary>
internal sealed class ComponentPlan
{
    public required ComponentKind Kind { get; init; }

    public required Account Account { get; init; }

    public required string Label { get; init; }

    public decimal Rate { get; init; }

    /// <summary>Revenue columns summed into B; null means every category (column 0 holds their total).</summary>
    public int[]? Columns { get; init; }

    public TierScale? Scale { get; init; }

    public decimal Amount { get; init; }

    public decimal EscalationRate { get; init; }

    public DateOnly Date { get; init; }

    public bool IsBased => Kind is ComponentKind.Percentage or ComponentKind.Tiered;
}
