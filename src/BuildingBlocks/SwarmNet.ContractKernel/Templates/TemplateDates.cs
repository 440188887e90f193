using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Templates;

/// <summary>A template's royalty dates are a pattern: they move with the contract's effective date, keeping their offsets.</summary>
public static class TemplateDates
{
    public static RoyaltyTerms Rebase(RoyaltyTerms terms, ContractTerm term)
    {
        var shift = term.EffectiveDate.DayNumber - (terms.EffectiveDate ?? term.EffectiveDate).DayNumber;
        return terms with
        {
            EffectiveDate = term.EffectiveDate,
            EndDate = term.EndDate,
            Components = terms.Components?.Select(c => c.Date is { } date ? c with { Date = date.AddDays(shift) } : c).ToList(),
        };
    }
}
