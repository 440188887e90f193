namespace SwarmNet.ContractKernel.Terms;

/// <summary>
/// The terms in force on a day: the signed contract's, each part replaced by the last amendment signed by every party
/// that carries it and took effect by then. Numbers follow dates (docs/adr/0071), so "last" is the highest number.
/// </summary>
public static class TermsResolution
{
    public sealed class SignedAmendment
    {
        public int Number { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public string? RoyaltyTerms { get; init; }
        public string? ObligationTerms { get; init; }
    }

    public static TermsInForceDto Resolve(ContractKindInfo info, ContractRecord contract, IEnumerable<SignedAmendment> amendments, DateOnly on)
    {
        var applied = amendments.Where(a => a.EffectiveDate <= on).OrderBy(a => a.Number).ToList();
        var royalty = applied.LastOrDefault(a => a.RoyaltyTerms is not null);
        var obligations = applied.LastOrDefault(a => a.ObligationTerms is not null);
        var lastDay = contract.LastDay;
        var inForce = contract.Status != ContractStatus.Draft && on >= contract.EffectiveDate && (lastDay is null || on <= lastDay);
        return new TermsInForceDto(contract.Id, info.Kind, on, contract.Status, inForce, contract.GrantorOrganizationId, contract.GranteeOrganizationId,
            contract.EffectiveDate, lastDay,
            ContractJson.Element(royalty?.RoyaltyTerms ?? contract.RoyaltyTerms), royalty?.EffectiveDate ?? contract.EffectiveDate, royalty?.Number,
            ContractJson.Element(obligations?.ObligationTerms ?? contract.ObligationTerms)!.Value, obligations?.EffectiveDate ?? contract.EffectiveDate,
            obligations?.Number);
    }
}
