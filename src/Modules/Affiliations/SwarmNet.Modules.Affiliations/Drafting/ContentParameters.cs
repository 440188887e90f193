using System.Reflection;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Persistence;

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

    /// <summary>The parts an edit changed, named as the API names them, for the history: "modifié : services, exitTerms".</summary>
    public static string Changes(ContentParameters before, ContentParameters after)
    {
        var changed = typeof(ContentParameters).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !Equals(p.GetValue(before), p.GetValue(after)))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList();
        return changed.Count == 0 ? Text.T("aucun changement", "no change") : Text.T("modifié : ", "changed: ") + string.Join(", ", changed);
    }

    /// <summary>The signs as stored, trimmed (a template stores them too).</summary>
    public static string SignsJson(IEnumerable<DistinctiveSign?> signs) =>
        AffiliationJson.Write(signs.Select(s => s! with { Brand = s.Brand!.Trim(), Description = Blank(s.Description) }));

    public static string ServicesJson(IEnumerable<NetworkService?>? services) =>
        AffiliationJson.Write((services ?? []).Select(s => s! with { Label = s.Label!.Trim(), Description = Blank(s.Description) }));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
