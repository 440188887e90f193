using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Kinds;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Domain;

/// <summary>
/// What a draft holds and an edit replaces: the licence's own parts (brand, territory, exclusivity, sublicensing) and the
/// kernel's (term, royalty, obligation and exit terms). Parts are nullable so a missing one is a field error, not a
/// deserialisation failure. Royalty and exit terms may wait until signing; what is given is always valid.
/// </summary>
internal sealed record LicenceContent(
    LicensedBrand? Brand,
    Territory? Territory,
    bool Exclusive,
    bool SublicensingAllowed,
    ContractTerm? Term,
    RoyaltyTerms? RoyaltyTerms,
    IReadOnlyList<ObligationTerm?>? ObligationTerms,
    ExitTerms? ExitTerms)
{
    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/content").</summary>
    public List<FieldError> Validate(string prefix)
    {
        var errors = new List<FieldError>();
        if (Brand is null) errors.Add(ContractTerms.Missing($"{prefix}/brand"));
        else errors.AddRange(Brand.Validate($"{prefix}/brand"));
        if (Territory is null) errors.Add(ContractTerms.Missing($"{prefix}/territory"));
        else errors.AddRange(Territory.Validate($"{prefix}/territory", Exclusive));
        errors.AddRange(ContractTerms.Validate(Term, RoyaltyTerms, ObligationTerms, ExitTerms, prefix));
        return errors;
    }

    /// <summary>What signing adds: a licence is not signed without royalty terms and exit terms.</summary>
    public List<FieldError> ValidateForSigning(string prefix)
    {
        var errors = Validate(prefix);
        errors.AddRange(ContractTerms.RequiredForSigning(RoyaltyTerms, ExitTerms, prefix, LicenceKind.Info.Noun));
        return errors;
    }
}
