namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>Validated terms in the engine's shape: enums instead of words, revenue columns instead of names.</summary>
internal sealed class CompiledTerms
{
    public required GridFrame Frame { get; init; }

    public required decimal VatRate { get; init; }

    public required ComponentPlan[] Components { get; init; }

    public required RampUpEntry[] RampUp { get; init; }

    public decimal? AnnualCap { get; init; }

    public decimal? MinimumAmount { get; init; }

    public int MinimumFromYear { get; init; }

    /// <summary>The categories components name; category Categories[i] is revenue column i + 1.</summary>
    public required string[] Categories { get; init; }

    /// <summary>The revenue column of a declared category, or 0 when no component names it (it still counts in column 0).</summary>
    public int ColumnOf(string category) => Array.IndexOf(Categories, category) + 1;
}
