using SwarmNet.Modules.Royalties.Contracts.Terms;
using static SwarmNet.Modules.Royalties.Contracts.Terms.RoyaltyVocabulary;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>
/// A template's royalty terms as the page edits them: one 5 % percentage component declared monthly to start with,
/// components and ramp-up steps added and removed. Its dates are a pattern that drafting moves to each contract's
/// effective date (docs/adr/0043). Percentages are typed as % and sent as fractions.
/// </summary>
public sealed class RoyaltyForm
{
    public bool Included { get; set; }
    public string Periodicity { get; set; } = Monthly;
    public string RoyaltyYear { get; set; } = ContractYear;
    public decimal? VatPercent { get; set; } = 20m;
    public List<RoyaltyComponentRow> Components { get; } = [new()];
    public List<RampUpRow> RampUp { get; } = [];
    public decimal? MinimumAmount { get; set; }
    public int? MinimumFromYear { get; set; } = 1;
    public decimal? AnnualCap { get; set; }

    public RoyaltyTerms? ToTerms(DateOnly effective) => Included
        ? new RoyaltyTerms
        {
            EffectiveDate = effective, Periodicity = Periodicity, RoyaltyYear = RoyaltyYear, VatRate = VatPercent / 100m,
            Components = [.. Components.Select(c => c.ToTerms())],
            RampUp = RampUp.Count == 0 ? null : [.. RampUp.Select(r => r.ToTerms())],
            // An empty minimum amount means no minimum: the year alone, defaulted, says nothing.
            AnnualMinimum = MinimumAmount is null ? null : new AnnualMinimumTerms { Amount = MinimumAmount, FromYear = MinimumFromYear },
            AnnualCap = AnnualCap,
        }
        : null;
}
