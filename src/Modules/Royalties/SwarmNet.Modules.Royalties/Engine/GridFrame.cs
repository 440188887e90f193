using SwarmNet.Modules.Royalties.Contracts.Periods;

namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// What the period grid depends on: the cover [EffectiveDate, EndDate] (EndDate is DateOnly.MaxValue when the
/// contract is open-ended), the period length in months and the royalty-year kind.
/// </summary>
internal readonly record struct GridFrame(DateOnly EffectiveDate, DateOnly EndDate, int MonthsPerPeriod, bool CalendarYear)
{
    /// <summary>Y_k, computed from the effective date for every k, never chained from Y_{k-1}.</summary>
    public DateOnly YearStart(int k) => RoyaltyPeriods.YearStart(EffectiveDate, CalendarYear, k);

    /// <summary>
    /// The latest date a simulation may reach: 50 years, which keeps every Y_{k+1} the grid computes far from
    /// DateOnly.MaxValue and a 100 % escalation (2^49) within decimal's range (docs/adr/0010).
    /// </summary>
    public DateOnly Horizon => EffectiveDate.AddYears(50).AddDays(-1);

    public bool Covers(DateOnly date) => date >= EffectiveDate && date <= EndDate;
}
