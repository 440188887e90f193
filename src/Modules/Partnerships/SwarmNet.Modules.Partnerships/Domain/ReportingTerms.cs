using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// Who reports the contract's indicators, and when: each listed partner, every calendar quarter, some days after its end —
/// an obligation with indicators as evidence (obligation-terms.md), code IMPACT-n for the n-th reporter.
/// </summary>
internal sealed record ReportingTerms(IReadOnlyList<Guid>? ReporterOrganizationIds, int? DaysAfterQuarterEnd = 30)
{
    public static string ObligationCode(int reporter) => $"IMPACT-{reporter}";

    public static IEnumerable<FieldError> Validate(ReportingTerms? reporting, IReadOnlyCollection<Guid> partners, int indicators, string prefix)
    {
        if (reporting is null)
            yield break;
        if (indicators == 0)
            yield return new(prefix, Text.T("Des rapports d'impact sans indicateur : définissez d'abord les indicateurs.", "Impact reports without indicators: define the indicators first."));
        if (reporting.ReporterOrganizationIds is not { Count: > 0 } reporters || reporters.Distinct().Count() != reporters.Count || reporters.Any(r => !partners.Contains(r)))
            yield return new($"{prefix}/reporterOrganizationIds", Text.T("Un ou plusieurs partenaires du contrat, chacun une fois.", "One or more of the contract's partners, each once."));
        if (reporting.DaysAfterQuarterEnd is not (>= 0 and <= 90))
            yield return new($"{prefix}/daysAfterQuarterEnd", Text.T("De 0 à 90 jours après la fin du trimestre.", "From 0 to 90 days after the quarter's end."));
    }

    public IEnumerable<ObligationTerm> Obligations() => (ReporterOrganizationIds ?? []).Select((reporter, i) => new ObligationTerm
    {
        Code = ObligationCode(i + 1),
        Title = "Rapport trimestriel des indicateurs d'impact",
        Category = "impact",
        Actor = reporter.ToString("D"),
        Evidence = "indicators",
        Schedule = new ObligationSchedule { Kind = ObligationVocabulary.Quarterly, DaysAfterQuarterEnd = DaysAfterQuarterEnd },
        Reminders = [15, 3],
    });
}
