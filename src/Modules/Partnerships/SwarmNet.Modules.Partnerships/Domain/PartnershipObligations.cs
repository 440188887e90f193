using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// The obligations a partnership's content gives, in the shape the Obligations module reads (obligation-terms.md): the
/// contract's own terms, then what its parts add. Stored with the contract, so the kernel's terms in force show them all.
/// </summary>
internal static class PartnershipObligations
{
    public static IReadOnlyList<ObligationTerm> Of(PartnershipContent content) => [.. content.ObligationTerms?.OfType<ObligationTerm>() ?? []];
}
