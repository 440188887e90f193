using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// What the lead partner drafts and edits: the partners and their common objective, the term, the contributions each
/// partner makes, the steering committee, milestones and deliverables, impact indicators and who reports them, the
/// obligations the contract adds to those its parts give, and how the partners part (the kernel's exit terms, plus shared
/// assets and results). Parts are nullable so a missing one is a field error, not a deserialisation failure.
/// </summary>
internal sealed record PartnershipContent(
    string? Title,
    string? Objective,
    IReadOnlyList<PartnerTerms?>? Partners,
    ContractTerm? Term,
    IReadOnlyList<ObligationTerm?>? ObligationTerms,
    ExitTerms? ExitTerms,
    string? SharedAssetsOnExit,
    string? ResultsOnExit,
    IReadOnlyList<ContributionTerms?>? Contributions = null,
    CommitteeTerms? Committee = null,
    IReadOnlyList<MilestoneTerms?>? Milestones = null,
    IReadOnlyList<IndicatorTerms?>? Indicators = null,
    ReportingTerms? Reporting = null)
{
    public IReadOnlyList<PartnerTerms> PartnerList => Partners?.OfType<PartnerTerms>().ToList() ?? [];

    public PartnerTerms Lead => PartnerList.First(p => p.Role == PartnerRole.Lead);

    public IReadOnlyList<ContributionTerms> ContributionList => Contributions?.OfType<ContributionTerms>().ToList() ?? [];

    public IReadOnlyList<MilestoneTerms> MilestoneList => Milestones?.OfType<MilestoneTerms>().ToList() ?? [];

    public IReadOnlyList<IndicatorTerms> IndicatorList => Indicators?.OfType<IndicatorTerms>().ToList() ?? [];

    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/content").</summary>
    public List<FieldError> Validate(string prefix)
    {
        var errors = new List<FieldError>();
        CheckText(Title, 200, $"{prefix}/title", errors, required: true);
        CheckText(Objective, 4000, $"{prefix}/objective", errors, required: true);
        errors.AddRange(PartnerTerms.Validate(Partners, $"{prefix}/partners"));
        errors.AddRange(ContractTerms.Validate(Term, null, [], ExitTerms, prefix));
        var partners = PartnerList.Select(p => p.OrganizationId ?? Guid.Empty).ToList();
        errors.AddRange(ObligationTermsValidator.Validate(ObligationTerms ?? [], $"{prefix}/obligationTerms", partners));
        errors.AddRange(ContributionRules.Validate(Contributions, partners, Term, $"{prefix}/contributions"));
        errors.AddRange(CommitteeTerms.Validate(Committee, $"{prefix}/committee"));
        errors.AddRange(MilestoneRules.Validate(Milestones, partners, Term, $"{prefix}/milestones"));
        errors.AddRange(IndicatorRules.Validate(Indicators, $"{prefix}/indicators"));
        errors.AddRange(ReportingTerms.Validate(Reporting, partners, IndicatorList.Count, $"{prefix}/reporting"));
        if (errors.Count == 0)
            errors.AddRange(PartnershipObligations.Collisions(this, prefix));
        CheckText(SharedAssetsOnExit, 2000, $"{prefix}/sharedAssetsOnExit", errors, required: false);
        CheckText(ResultsOnExit, 2000, $"{prefix}/resultsOnExit", errors, required: false);
        return errors;
    }

    /// <summary>What signing adds: the partners have agreed how they part, shared assets and results included.</summary>
    public List<FieldError> ValidateForSigning(string prefix)
    {
        var errors = Validate(prefix);
        if (ContractTerms.ExitTermsRequired(ExitTerms, prefix) is { } missing)
            errors.Add(missing);
        if (string.IsNullOrWhiteSpace(SharedAssetsOnExit))
            errors.Add(new($"{prefix}/sharedAssetsOnExit", Text.T("Le sort des biens partagés est à prévoir avant la signature.", "What becomes of shared assets is needed before signing.")));
        if (string.IsNullOrWhiteSpace(ResultsOnExit))
            errors.Add(new($"{prefix}/resultsOnExit", Text.T("Le sort des résultats est à prévoir avant la signature.", "What becomes of the results is needed before signing.")));
        return errors;
    }

    private static void CheckText(string? value, int max, string path, List<FieldError> errors, bool required)
    {
        if (required ? string.IsNullOrWhiteSpace(value) || value.Trim().Length > max : value is { } v && v.Trim().Length > max)
            errors.Add(new(path, Text.T($"Texte de {(required ? 1 : 0)} à {max} caractères.", $"A text of {(required ? 1 : 0)} to {max} characters.")));
    }
}
