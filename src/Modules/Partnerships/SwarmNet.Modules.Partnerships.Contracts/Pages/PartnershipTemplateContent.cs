namespace SwarmNet.Modules.Partnerships.Contracts.Pages;

/// <summary>
/// What a partnership template holds of its own, as the template form sends it inside the kernel's <c>CreateTemplate</c>
/// (docs/adr/0145): the objective, the steering committee, the impact indicators and when partners report them, what
/// becomes of shared assets and results when partners part. Cadence: monthly, quarterly or annually; aggregation: sum or latest.
/// </summary>
public sealed record PartnershipTemplateContent(string? Objective, TemplateCommittee? Committee, IReadOnlyList<TemplateIndicator?>? Indicators,
    int? ReportingDaysAfterQuarterEnd, string? SharedAssetsOnExit, string? ResultsOnExit);

public sealed record TemplateCommittee(string? Cadence, string? Name);

public sealed record TemplateIndicator(string? Code, string? Label, string? Unit, string? Aggregation);
