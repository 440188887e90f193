namespace SwarmNet.Modules.Network.Contracts.Networks;

/// <summary>
/// One readiness item a candidate structure must satisfy before signing (copied into each candidacy). A mandatory item is
/// ticked with a note and a date; with <see cref="RequiresFile"/>, also with an uploaded file.
/// </summary>
public sealed record ChecklistTemplateItem(string Code, string Label, bool Mandatory, bool RequiresFile = false);

public sealed record NetworkDto(
    Guid Id,
    Guid OwnerOrganizationId,
    string Name,
    IReadOnlyList<string> Brands,
    string? ConceptSummary,
    string? Charter,
    string? TerritoryPolicy,
    IReadOnlyList<ChecklistTemplateItem> ReadinessChecklist,
    DateTimeOffset CreatedAt,
    int Version);

public sealed record NetworkSummaryDto(Guid Id, Guid OwnerOrganizationId, string OwnerName, string Name, IReadOnlyList<string> Brands, int OpenCandidacies);
