using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Royalties.Contracts.Statements;

/// <summary>
/// The accountant's review queue, and the structure's own statements: filters by network head, network, agreement
/// (contract), structure, period, state, kind and amount (incl. VAT); paging; sort by period, amount, state or structure
/// ('-' for descending). Everyone sees only the statements of agreements their organisations are party to.
/// </summary>
public sealed record ListStatements(
    Guid? GrantorOrganizationId = null, Guid? NetworkId = null, Guid? AgreementId = null, Guid? StructureId = null, DateOnly? PeriodFrom = null,
    DateOnly? PeriodTo = null, string? State = null, string? Kind = null, decimal? MinAmount = null, decimal? MaxAmount = null, string? Sort = null,
    int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<PagedResult<StatementSummaryDto>>;

/// <summary>One statement with its lines explained, history, payments and late charges; both parties read it.</summary>
public sealed record GetStatement(Guid Id, DateOnly? AsOf = null) : IQuery<StatementDto>;

/// <summary>The network head puts a draft up for review (its staff or accountant).</summary>
public sealed record SubmitStatement(Guid Id, int Version) : ICommand<StatementDto>;

/// <summary>The accountant approves a statement in review: from now on the database keeps it as it is.</summary>
public sealed record ApproveStatement(Guid Id, int Version) : ICommand<StatementDto>, IDurableCommand;

/// <summary>The accountant sends a statement in review back to draft, saying why.</summary>
public sealed record SendBackStatement(Guid Id, int Version, string? Comment) : ICommand<StatementDto>;

/// <summary>
/// The accountant issues an approved statement as an invoice: the next number of the network head's sequence for the
/// year (no gap, no duplicate, even when several are issued at once: one lock per head and year, then MAX + 1 in the
/// same transaction), the issue and due dates, both parties as the registry has them today, the late-payment rate.
/// <see cref="IssuedOn"/> dates an invoice written earlier (today by default): never in the future, never before the
/// head's last invoice of that year, so dates follow the numbers.
/// </summary>
public sealed record IssueStatement(Guid Id, int Version, DateOnly? IssuedOn = null) : ICommand<StatementDto>, IDurableCommand;

/// <summary>
/// The accountant records a payment (date, amount, reference) on an issued invoice; several partial payments may settle
/// it, and the one that settles it marks it paid. A credit note is settled by negative amounts (a refund).
/// </summary>
public sealed record RecordPayment(Guid StatementId, DateOnly? PaidOn, decimal Amount, string? Reference) : ICommand<StatementDto>, IDurableCommand;

/// <summary>
/// The accountant bills what an invoice paid late has cost: the interest accrued as of a date and the €40 indemnity, on
/// a late-payment statement (draft, reviewed and issued like any other) that references the invoice. Once per invoice.
/// </summary>
public sealed record BillLateCharges(Guid StatementId, DateOnly? AsOf = null) : ICommand<StatementDto>, IDurableCommand;
