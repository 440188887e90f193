using SwarmNet.Modules.Affiliations.Domain;

namespace SwarmNet.Modules.Affiliations.Drafting;

/// <summary>The editable columns of an agreement, from validated content: what a draft inserts and an edit replaces.</summary>
internal sealed record ContentParameters(
    string DistinctiveSigns, string Services, bool Exclusive, string? RoyaltyTerms, string ObligationTerms, string? ExitTerms,
    DateOnly EffectiveDate, DateOnly? EndDate, bool TacitRenewal, int RenewalMonths, int NoticeDays)
{
    public static ContentParameters Of(AffiliationContent content) => new(
        SignsJson(content.DistinctiveSigns!), ServicesJson(content.Services), content.Exclusive, ContractJson.WriteOrNull(content.RoyaltyTerms), ContractJson.Write(content.ObligationTerms ?? []),
        ContractJson.WriteOrNull(content.ExitTerms), content.Term!.EffectiveDate, content.Term.EndDate, content.Term.TacitRenewal,
        content.Term.RenewalMonths, content.Term.NoticeDays);

    /// <summary>The signs as stored, trimmed (a template stores them too).</summary>
    public static string SignsJson(IEnumerable<DistinctiveSign?> signs) =>
        ContractJson.Write(signs.Select(s => s! with { Brand = s.Brand!.Trim(), Description = Blank(s.Description) }));

    public static string ServicesJson(IEnumerable<NetworkService?>? services) =>
        ContractJson.Write((services ?? []).Select(s => s! with { Label = s.Label!.Trim(), Description = Blank(s.Description) }));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
