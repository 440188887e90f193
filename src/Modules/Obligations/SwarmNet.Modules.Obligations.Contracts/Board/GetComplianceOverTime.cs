using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Obligations.Contracts.Board;

/// <summary>
/// A network's compliance over time: the board's twelve months by month of due date, every month listed (zeros included),
/// the oldest first, with the same filters and the same readers (the network head's team).
/// </summary>
public sealed record GetComplianceOverTime(Guid NetworkId, string? ContractKind = null, string? Category = null) : IQuery<IReadOnlyList<ComplianceMonth>>;

/// <summary>Occurrences due in <see cref="Month"/> (its first day): handed in on time, late, still awaited; <see cref="Rate"/> as on the board.</summary>
public sealed record ComplianceMonth(DateOnly Month, int OnTime, int Late, int Overdue, decimal? Rate);
