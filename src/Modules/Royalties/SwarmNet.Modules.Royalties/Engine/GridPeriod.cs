namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// One period of the grid. Start and End are clamped to the cover; PeriodDays counts the unclamped grid period,
/// so CoveredDays/PeriodDays prorates fixed fees in partial first and last periods.
/// </summary>
internal readonly record struct GridPeriod(
    DateOnly Start,
    DateOnly End,
    int Year,
    int CoveredDays,
    int PeriodDays,
    bool IsLastOfYear,
    int ContractMonth);
