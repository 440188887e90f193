using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Amendments;

/// <summary>
/// An amendment (avenant) is numbered 1, 2, … and its effective date never precedes an earlier-numbered one's, so number
/// order is date order and the terms in force on a day are simply the last ones signed by then (docs/adr/0071). An obligation's
/// actor may name a party's organisation (a partnership's partner, obligation-terms.md).
/// </summary>
public static class AmendmentRules
{
    public static List<FieldError> Validate(DateOnly effectiveDate, string? summary, RoyaltyTerms? royalty, IReadOnlyList<ObligationTerm?>? obligations,
        ContractTerm term, (int Number, DateOnly EffectiveDate)? previous, IReadOnlyCollection<Guid>? partyOrganizationIds = null)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 2000)
            errors.Add(new("/summary", Text.T("Objet de l'avenant de 1 à 2000 caractères.", "An amendment summary of 1 to 2000 characters.")));
        if (!term.Covers(effectiveDate))
            errors.Add(new("/effectiveDate", Text.T("La date d'effet de l'avenant tombe hors de la durée du contrat.", "The amendment's effective date falls outside the contract's term.")));
        else if (previous is { } before && effectiveDate < before.EffectiveDate)
            errors.Add(new("/effectiveDate", Text.T(
                $"L'avenant n° {before.Number} prend effet le {before.EffectiveDate:dd/MM/yyyy} : un avenant suivant ne peut prendre effet avant.",
                $"Amendment no. {before.Number} takes effect on {before.EffectiveDate:yyyy-MM-dd}: a later amendment cannot take effect before it.")));
        if (royalty is not null)
            errors.AddRange(RoyaltyTermsValidator.Validate(royalty, "/royaltyTerms"));
        if (obligations is not null)
            errors.AddRange(ObligationTermsValidator.Validate(obligations, "/obligationTerms", partyOrganizationIds));
        return errors;
    }
}
