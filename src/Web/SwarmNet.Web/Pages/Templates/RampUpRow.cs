using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>A ramp-up step as typed: contract months from..to and a discount in %.</summary>
public sealed class RampUpRow
{
    public int? FromMonth { get; set; } = 1;
    public int? ToMonth { get; set; } = 12;
    public decimal? DiscountPercent { get; set; } = 50m;

    public RampUpStep ToTerms() => new() { FromMonth = FromMonth, ToMonth = ToMonth, Discount = DiscountPercent / 100m };
}
