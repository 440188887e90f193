using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>
/// What an affiliation agreement says: the distinctive signs granted and the network's services (with their cost), the
/// affiliate's commitments (obligation terms), its fees (royalty terms: entry fee, membership fee, royalty — or none,
/// since many social franchises waive every fee), exclusivity, the term and the exit terms.
/// </summary>
internal sealed record AffiliationContent(
    IReadOnlyList<DistinctiveSign?>? DistinctiveSigns,
    IReadOnlyList<NetworkService?>? Services,
    bool Exclusive,
    ContractTerm? Term,
    RoyaltyTerms? RoyaltyTerms,
    IReadOnlyList<ObligationTerm?>? ObligationTerms,
    ExitTerms? ExitTerms)
{
    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/content").</summary>
    public List<FieldError> Validate(string prefix)
    {
        var errors = ValidateGrant(prefix);
        errors.AddRange(ContractTerms.Validate(Term, RoyaltyTerms, ObligationTerms, ExitTerms, prefix));
        return errors;
    }

    /// <summary>The signs and the services alone, as a template holds them too.</summary>
    public List<FieldError> ValidateGrant(string prefix)
    {
        var errors = new List<FieldError>();
        if (DistinctiveSigns is not { Count: > 0 and <= DistinctiveSign.MaxSigns })
            errors.Add(new($"{prefix}/distinctiveSigns", Text.T($"De 1 à {DistinctiveSign.MaxSigns} signes distinctifs concédés.",
                $"From 1 to {DistinctiveSign.MaxSigns} distinctive signs granted.")));
        for (var i = 0; i < (DistinctiveSigns?.Count ?? 0); i++)
            errors.AddRange(DistinctiveSigns![i]?.Validate($"{prefix}/distinctiveSigns/{i}") ?? [ContractTerms.Missing($"{prefix}/distinctiveSigns/{i}")]);
        if (Services is { Count: > NetworkService.MaxServices })
            errors.Add(new($"{prefix}/services", Text.T($"{NetworkService.MaxServices} services au plus.", $"At most {NetworkService.MaxServices} services.")));
        for (var i = 0; i < (Services?.Count ?? 0); i++)
            errors.AddRange(Services![i]?.Validate($"{prefix}/services/{i}") ?? [ContractTerms.Missing($"{prefix}/services/{i}")]);
        return errors;
    }

    /// <summary>What signing adds: exit terms (the return or removal of the signs is planned from the start); fees stay optional.</summary>
    public List<FieldError> ValidateForSigning(string prefix)
    {
        var errors = Validate(prefix);
        if (ContractTerms.ExitTermsRequired(ExitTerms, prefix) is { } missing)
            errors.Add(missing);
        return errors;
    }

    /// <summary>The brands the signs name, once each, as written first.</summary>
    public IReadOnlyList<string> Brands() =>
        (DistinctiveSigns ?? []).Select(s => s!.Brand!.Trim()).DistinctBy(ContractKernel.Gates.BrandGate.KeyOf).ToList();
}
