using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>
/// A page of organisations. <see cref="Sort"/>: name, city or createdAt, prefixed with '-' for descending.
/// <see cref="Search"/> matches part of the name.
/// </summary>
public sealed record ListOrganizations(
    int Page = PageDefaults.Page,
    int PageSize = PageDefaults.PageSize,
    string? Sort = "name",
    OrganizationKind? Kind = null,
    string? Search = null) : IQuery<PagedResult<OrganizationDto>>;
