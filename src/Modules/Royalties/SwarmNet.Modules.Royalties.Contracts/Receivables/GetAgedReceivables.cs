using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Royalties.Contracts.Receivables;

/// <summary>
/// The balance âgée of one network head: what each debtor still owes on issued invoices, by days past due (not yet due,
/// 0–30, 31–60, 61–90, over 90), with the late-payment interest and indemnities accrued, and the totals.
/// </summary>
public sealed record GetAgedReceivables(Guid GrantorOrganizationId, DateOnly? AsOf = null) : IQuery<AgedReceivablesDto>;

public sealed record AgingBuckets(decimal NotDue, decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total,
    decimal LateInterest, decimal Indemnities);

public sealed record DebtorReceivables(Guid StructureOrganizationId, string StructureName, int Invoices, AgingBuckets Amounts);

public sealed record AgedReceivablesDto(Guid GrantorOrganizationId, DateOnly AsOf, IReadOnlyList<DebtorReceivables> Debtors, AgingBuckets Totals);
