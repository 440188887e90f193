using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Domain;

/// <summary>
/// What a draft holds and an edit replaces. Parts are nullable so a missing one is a field error, not a
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
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2999, 12, 31);

    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/content").</summary>
    public List<FieldError> Validate(string prefix)
    {
        var errors = new List<FieldError>();
        if (Brand is null) errors.Add(Missing($"{prefix}/brand"));
        else errors.AddRange(Brand.Validate($"{prefix}/brand"));
        if (Territory is null) errors.Add(Missing($"{prefix}/territory"));
        else errors.AddRange(Territory.Validate($"{prefix}/territory", Exclusive));
        if (Term is null) errors.Add(Missing($"{prefix}/term"));
        else if (Term.EffectiveDate < Earliest || Term.EffectiveDate > Latest)
            errors.Add(new($"{prefix}/term/effectiveDate", Text.T("Date d'effet entre 1900 et 2999.", "An effective date between 1900 and 2999.")));
        else errors.AddRange(Term.Validate($"{prefix}/term"));
        if (RoyaltyTerms is not null)
            errors.AddRange(RoyaltyTermsValidator.Validate(RoyaltyTerms, $"{prefix}/royaltyTerms"));
        errors.AddRange(ObligationTermsValidator.Validate(ObligationTerms ?? [], $"{prefix}/obligationTerms"));
        if (ExitTerms is not null)
            errors.AddRange(ExitTerms.Validate($"{prefix}/exitTerms"));
        return errors;
    }

    /// <summary>What signing adds: a licence is not signed without royalty terms and exit terms.</summary>
    public List<FieldError> ValidateForSigning(string prefix)
    {
        var errors = Validate(prefix);
        if (RoyaltyTerms is null)
            errors.Add(new($"{prefix}/royaltyTerms", Text.T("Une licence ne se signe pas sans conditions de redevance valides.",
                "A licence cannot be signed without valid royalty terms.")));
        if (ExitTerms is null)
            errors.Add(new($"{prefix}/exitTerms", Text.T("Les conditions de sortie sont à prévoir avant la signature.", "Exit terms are needed before signing.")));
        return errors;
    }

    public static FieldError Missing(string path) => new(path, Text.T("Champ obligatoire.", "Required."));
}
