using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// The obligations a partnership's content gives, in the shape the Obligations module reads (obligation-terms.md): the
/// contract's own terms, then what its parts add (a payment per instalment of money, the committee's meetings). Stored with the contract, so the
/// kernel's terms in force show them all.
/// </summary>
internal static class PartnershipObligations
{
    public static IReadOnlyList<ObligationTerm> Of(PartnershipContent content) => [.. Own(content), .. Derived(content)];

    /// <summary>What the parts give, by codes the contract's own terms may not take.</summary>
    public static IEnumerable<ObligationTerm> Derived(PartnershipContent content)
    {
        foreach (var payment in ContributionSchedule.Obligations(content.ContributionList))
            yield return payment;
        if (content.Committee is { Cadence: not null } committee)
            yield return committee.Obligation(content.Lead.OrganizationId!.Value);
    }

    public static IEnumerable<FieldError> Collisions(PartnershipContent content, string prefix)
    {
        var derived = Derived(content).Select(t => t.Code!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var own = content.ObligationTerms ?? [];
        for (var i = 0; i < own.Count; i++)
            if (own[i]?.Code is { } code && derived.Contains(code.Trim()))
                yield return new($"{prefix}/{i}/code", Text.T($"Le code {code} est celui d'une obligation que le contrat tire de ses apports, comité, jalons ou rapports.",
                    $"Code {code} belongs to an obligation the contract draws from its contributions, committee, milestones or reports."));
    }

    private static IEnumerable<ObligationTerm> Own(PartnershipContent content) => content.ObligationTerms?.OfType<ObligationTerm>() ?? [];
}
