using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>A bracket of a tiered scale as typed: a ceiling in euros (empty for the open last one) and a rate in %.</summary>
public sealed class TierBracketRow
{
    public decimal? UpTo { get; set; }
    public decimal? RatePercent { get; set; }

    public TierBracket ToTerms() => new() { UpTo = UpTo, Rate = RatePercent / 100m };
}
