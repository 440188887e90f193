using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>
/// A template's royalty, kept simple on the page: a percentage of revenue excluding VAT, declared each period. Its dates are
/// a pattern that drafting moves to each contract's effective date (docs/adr/0043); richer terms stay with the API.
/// </summary>
public sealed class RoyaltyForm
{
    public bool Included { get; set; }
    public string Periodicity { get; set; } = "monthly";
    public decimal? RatePercent { get; set; } = 5m;
    public string? Label { get; set; } = Text.T("Redevance de marque", "Brand royalty");

    public RoyaltyTerms? ToTerms(DateOnly effective) => Included
        ? new RoyaltyTerms
        {
            EffectiveDate = effective, Periodicity = Periodicity, RoyaltyYear = "contract", VatRate = 0.20m,
            Components = [new RoyaltyComponentTerms { Type = "percentage", Label = Label?.Trim(), Account = "royalty", Rate = RatePercent / 100m }],
        }
        : null;
}
