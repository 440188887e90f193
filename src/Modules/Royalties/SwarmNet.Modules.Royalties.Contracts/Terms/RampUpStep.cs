namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>A discount on royalty-account percentage and tiered amounts for contract months fromMonth..toMonth.</summary>
public sealed record RampUpStep
{
    public int? FromMonth { get; init; }

    public int? ToMonth { get; init; }

    public decimal? Discount { get; init; }
}
