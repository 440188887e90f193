namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>The royalty-account floor of a royalty year, applied from royalty year <see cref="FromYear"/>.</summary>
public sealed record AnnualMinimumTerms
{
    public decimal? Amount { get; init; }

    public int? FromYear { get; init; }
}
