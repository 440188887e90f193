using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Drafting;

/// <summary>
/// The parts every contract carries besides its own content: the term, the royalty terms, the obligation terms and the
/// exit terms. Royalty and exit terms may wait until signing; what is given is always valid.
/// </summary>
public static class ContractTerms
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2999, 12, 31);

    public static FieldError Missing(string path) => new(path, Text.T("Champ obligatoire.", "Required."));

    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/content").</summary>
    public static IEnumerable<FieldError> Validate(ContractTerm? term, RoyaltyTerms? royalty, IReadOnlyList<ObligationTerm?>? obligations, ExitTerms? exit, string prefix)
    {
        var errors = new List<FieldError>();
        if (term is null) errors.Add(Missing($"{prefix}/term"));
        else if (term.EffectiveDate < Earliest || term.EffectiveDate > Latest)
            errors.Add(new($"{prefix}/term/effectiveDate", Text.T("Date d'effet entre 1900 et 2999.", "An effective date between 1900 and 2999.")));
        else errors.AddRange(term.Validate($"{prefix}/term"));
        errors.AddRange(ValidateTerms(royalty, obligations, exit, prefix));
        return errors;
    }

    /// <summary>The royalty, obligation and exit terms alone (a template has no term).</summary>
    public static IEnumerable<FieldError> ValidateTerms(RoyaltyTerms? royalty, IReadOnlyList<ObligationTerm?>? obligations, ExitTerms? exit, string prefix)
    {
        var errors = new List<FieldError>();
        if (royalty is not null)
            errors.AddRange(RoyaltyTermsValidator.Validate(royalty, $"{prefix}/royaltyTerms"));
        errors.AddRange(ObligationTermsValidator.Validate(obligations ?? [], $"{prefix}/obligationTerms"));
        if (exit is not null)
            errors.AddRange(exit.Validate($"{prefix}/exitTerms"));
        return errors;
    }

    /// <summary>What signing adds: no contract is signed without royalty terms and exit terms.</summary>
    public static IEnumerable<FieldError> RequiredForSigning(RoyaltyTerms? royalty, ExitTerms? exit, string prefix, ContractNoun noun)
    {
        if (royalty is null)
            yield return new($"{prefix}/royaltyTerms", Text.T($"{noun.The} ne se signe pas sans conditions de redevance valides.",
                $"{noun.The} cannot be signed without valid royalty terms."));
        if (ExitTermsRequired(exit, prefix) is { } missing)
            yield return missing;
    }

    /// <summary>No contract is signed without exit terms (modalités de séparation).</summary>
    public static FieldError? ExitTermsRequired(ExitTerms? exit, string prefix) => exit is null
        ? new($"{prefix}/exitTerms", Text.T("Les modalités de séparation sont à prévoir avant la signature.", "Exit terms are needed before signing."))
        : null;
}
