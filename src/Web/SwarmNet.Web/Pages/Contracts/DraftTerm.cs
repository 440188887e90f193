using SwarmNet.BuildingBlocks.ContractLifecycle;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>
/// The term a drafting form proposes and sends: from the first of next month for three years by default; the date
/// pickers' values become the contract's term (none without an effective date: the module names the field).
/// </summary>
public static class DraftTerm
{
    public static DateTime DefaultEffective(TimeProvider clock)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        return new DateTime(today.Year, today.Month, 1).AddMonths(1);
    }

    public static DateTime DefaultEnd(DateTime effective) => effective.AddYears(3).AddDays(-1);

    public static ContractTerm? From(DateTime? effective, DateTime? end, bool tacitRenewal, int noticeDays) =>
        effective is { } start
            ? new ContractTerm(DateOnly.FromDateTime(start), end is { } last ? DateOnly.FromDateTime(last) : null, tacitRenewal, 12, noticeDays)
            : null;
}
