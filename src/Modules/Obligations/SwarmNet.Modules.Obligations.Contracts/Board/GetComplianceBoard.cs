using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Obligations.Contracts.Board;

/// <summary>
/// A network's compliance board: per affiliate, over the occurrences due in the last 12 months, how many were handed in on
/// time, late, or are still overdue, and the share on time; the worst first. For the network head's team only.
/// </summary>
public sealed record GetComplianceBoard(Guid NetworkId, string? ContractKind = null, string? Category = null,
    int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<PagedResult<ComplianceRow>>;

/// <summary><see cref="Rate"/>: on time / (on time + late + overdue), null when nothing fell due.</summary>
public sealed record ComplianceRow(Guid StructureOrganizationId, string StructureName, int OnTime, int Late, int Overdue, decimal? Rate);
