using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// The obligations a partnership's content gives, in the shape the Obligations module reads (obligation-terms.md): the
/// contract's own terms, then what its parts add (a payment per instalment of money, the committee's meetings, each
/// milestone, each reporter's quarterly report). Stored with the contract, so the kernel's terms in force show them all.
/// </summary>
internal static partial class PartnershipObligations
{
    public static IReadOnlyList<ObligationTerm> Of(PartnershipContent content) => [.. Own(content), .. Derived(content)];

    /// <summary>What the parts give, by codes the contract's own terms may not take.</summary>
    public static IEnumerable<ObligationTerm> Derived(PartnershipContent content) =>
        BesideMilestones(content).Concat(content.MilestoneList.Select(MilestoneRules.Obligation));

    private static IEnumerable<ObligationTerm> BesideMilestones(PartnershipContent content)
    {
        foreach (var payment in ContributionSchedule.Obligations(content.ContributionList))
            yield return payment;
        if (content.Committee is { Cadence: not null } committee)
            yield return committee.Obligation(content.Lead.OrganizationId!.Value);
        foreach (var report in content.Reporting?.Obligations() ?? [])
            yield return report;
    }

    /// <summary>
    /// Every obligation code once: a milestone may not take a code its contract already derives (an instalment's, COPIL, a
    /// decision's DEC-n or a report's IMPACT-n), nor an own term one its parts derive.
    /// </summary>
    public static IEnumerable<FieldError> Collisions(PartnershipContent content, string prefix)
    {
        var taken = BesideMilestones(content).Select(t => t.Code!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var milestones = content.Milestones ?? [];
        for (var i = 0; i < milestones.Count; i++)
            if (milestones[i]?.Code is { } code && (taken.Contains(code) || Reserved().IsMatch(code)))
                yield return new($"{prefix}/milestones/{i}/code", Taken(code));
        taken.UnionWith(content.MilestoneList.Select(m => m.Code!));
        var own = content.ObligationTerms ?? [];
        for (var i = 0; i < own.Count; i++)
            if (own[i]?.Code is { } code && (taken.Contains(code.Trim()) || Reserved().IsMatch(code.Trim())))
                yield return new($"{prefix}/obligationTerms/{i}/code", Taken(code));
    }

    private static string Taken(string code) => Text.T($"Le code {code} est celui d'une obligation que le contrat tire de ses apports, comité, jalons ou rapports.",
        $"Code {code} belongs to an obligation the contract draws from its contributions, committee, milestones or reports.");

    /// <summary>Codes the contract gives later: its committee's decisions and its impact reports.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^(COPIL|DEC-[0-9]+|IMPACT-[0-9]+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Reserved();

    private static IEnumerable<ObligationTerm> Own(PartnershipContent content) => content.ObligationTerms?.OfType<ObligationTerm>() ?? [];
}
