using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Templates;

/// <summary>
/// A network head's standard partnership: what does not depend on the partners or the dates — the objective, the
/// obligations of either side, how the partners part, the committee, the indicators and when they are reported.
/// </summary>
internal sealed record TemplateContent(
    string? Objective,
    IReadOnlyList<ObligationTerm?>? ObligationTerms = null,
    ExitTerms? ExitTerms = null,
    string? SharedAssetsOnExit = null,
    string? ResultsOnExit = null,
    CommitteeTerms? Committee = null,
    IReadOnlyList<IndicatorTerms?>? Indicators = null,
    int? ReportingDaysAfterQuarterEnd = null)
{
    /// <summary>The template's own rules; the kernel adds the name and its terms' (paths under "/template").</summary>
    public List<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Objective) || Objective.Trim().Length > 4000)
            errors.Add(new("/template/objective", Text.T("Texte de 1 à 4000 caractères.", "A text of 1 to 4000 characters.")));
        foreach (var (text, path) in new[] { (SharedAssetsOnExit, "sharedAssetsOnExit"), (ResultsOnExit, "resultsOnExit") })
            if (text is { Length: > 2000 })
                errors.Add(new($"/template/{path}", Text.T("Texte de 2000 caractères au plus.", "A text of at most 2000 characters.")));
        errors.AddRange(CommitteeTerms.Validate(Committee, "/template/committee"));
        errors.AddRange(IndicatorRules.Validate(Indicators, "/template/indicators"));
        if (ReportingDaysAfterQuarterEnd is not (null or (>= 0 and <= 90)))
            errors.Add(new("/template/reportingDaysAfterQuarterEnd", Text.T("De 0 à 90 jours après la fin du trimestre.", "From 0 to 90 days after the quarter's end.")));
        return errors;
    }
}

/// <summary>A template as its network head's members read it.</summary>
internal sealed record PartnershipTemplateDto(Guid Id, Guid GrantorOrganizationId, string Name, TemplateContent Template, DateTimeOffset CreatedAt, string CreatedByName);

internal sealed class TemplateRow
{
    public Guid Id { get; init; }
    public Guid GrantorOrganizationId { get; init; }
    public string Name { get; init; } = "";
    public string Content { get; init; } = "{}";
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";

    public PartnershipTemplateDto ToDto() => new(Id, GrantorOrganizationId, Name, ContractJson.Read<TemplateContent>(Content), CreatedAt, CreatedByName);

    public const string Columns = "t.id, t.grantor_organization_id, t.name, t.content, t.created_at, t.created_by_name";
}
