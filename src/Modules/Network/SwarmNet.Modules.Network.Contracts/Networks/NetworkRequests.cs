using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Contracts.Networks;

/// <summary>A network head registers the network it spreads; without a checklist, the default readiness checklist applies.</summary>
public sealed record CreateNetwork(
    Guid OwnerOrganizationId,
    string Name,
    IReadOnlyList<string> Brands,
    string? ConceptSummary,
    string? Charter,
    string? TerritoryPolicy,
    IReadOnlyList<ChecklistTemplateItem>? ReadinessChecklist = null) : ICommand<NetworkDto>;

public sealed record GetNetwork(Guid Id) : IQuery<NetworkDto>;

public sealed record ListNetworks(int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize, string? Search = null)
    : IQuery<PagedResult<NetworkSummaryDto>>;

/// <summary>Replaces the readiness checklist template (add, reword, make optional, remove). Open candidacies keep their copy.</summary>
public sealed record UpdateReadinessChecklist(Guid NetworkId, int Version, IReadOnlyList<ChecklistTemplateItem> Items) : ICommand<NetworkDto>;
