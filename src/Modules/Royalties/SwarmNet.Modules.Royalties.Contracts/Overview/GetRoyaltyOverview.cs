using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Royalties.Contracts.Overview;

/// <summary>
/// A network head's royalties by month and account over a window (the last twelve months by default): the amounts
/// excluding VAT of the statements it has approved, issued or been paid (drafts and statements in review are not yet
/// figures), by the month their period starts; with what is still owed on its invoices. The window is whole months.
/// </summary>
public sealed record GetRoyaltyOverview(Guid GrantorOrganizationId, DateOnly? From = null, DateOnly? To = null) : IQuery<RoyaltyOverviewDto>;

/// <summary><see cref="Months"/>: one entry per month of the window, oldest first, even a month with nothing billed.</summary>
public sealed record RoyaltyOverviewDto(Guid GrantorOrganizationId, DateOnly From, DateOnly To, IReadOnlyList<string> Accounts,
    IReadOnlyList<MonthAmounts> Months, decimal Billed, decimal Outstanding);

/// <summary>A month's amounts by account code (<see cref="RoyaltyAccounts"/>), excluding VAT.</summary>
public sealed record MonthAmounts(DateOnly Month, IReadOnlyDictionary<string, decimal> ByAccount, decimal Total);
