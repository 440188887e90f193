using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Contracts.Periods;

/// <summary>
/// One period of the grid (royalty-rules.md section 3): <see cref="Start"/>/<see cref="End"/> clamped to the cover,
/// <see cref="GridStart"/>/<see cref="GridEnd"/> as the grid lays them, in royalty year <see cref="Year"/>.
/// </summary>
public readonly record struct RoyaltyPeriod(DateOnly Start, DateOnly End, int Year, DateOnly GridStart, DateOnly GridEnd, bool IsLastOfYear);

/// <summary>
/// The period grid, once for every module: the royalty engine lays its statements on it, the Obligations module dates
/// the declarations owed after each period's end.
/// </summary>
public static class RoyaltyPeriods
{
    /// <summary>1, 3 or 12 for monthly, quarterly or annual; null for any other word.</summary>
    public static int? MonthsPerPeriod(string? periodicity) => periodicity switch
    {
        RoyaltyVocabulary.Monthly => 1,
        RoyaltyVocabulary.Quarterly => 3,
        RoyaltyVocabulary.Annual => 12,
        _ => null,
    };

    /// <summary>Y_k, computed from the effective date for every k, never chained from Y_{k-1}.</summary>
    public static DateOnly YearStart(DateOnly effectiveDate, bool calendarYear, int k) =>
        calendarYear ? new DateOnly(effectiveDate.Year + k - 1, 1, 1) : effectiveDate.AddYears(k - 1);

    /// <summary>
    /// Every period that intersects [effectiveDate, endDate], in order; endless when <paramref name="endDate"/> is null,
    /// so the caller stops (each boundary comes from Y_k, which stays computable for centuries past any real contract).
    /// </summary>
    public static IEnumerable<RoyaltyPeriod> Enumerate(DateOnly effectiveDate, DateOnly? endDate, int monthsPerPeriod, bool calendarYear)
    {
        var end = endDate ?? DateOnly.MaxValue;
        var perYear = 12 / monthsPerPeriod;
        for (var k = 1; ; k++)
        {
            var yearStart = YearStart(effectiveDate, calendarYear, k);
            if (yearStart > end)
                yield break;
            var nextYear = YearStart(effectiveDate, calendarYear, k + 1);
            for (var i = 0; i < perYear; i++)
            {
                var gridStart = yearStart.AddMonths(monthsPerPeriod * i);
                // The last period ends the day before Y_{k+1}, which differs from Y_k + 12 months after a 29 February.
                var nextStart = i == perYear - 1 ? nextYear : yearStart.AddMonths(monthsPerPeriod * (i + 1));
                var gridEnd = nextStart.AddDays(-1);
                if (gridEnd < effectiveDate)
                    continue;
                if (gridStart > end)
                    yield break;
                yield return new RoyaltyPeriod(
                    gridStart > effectiveDate ? gridStart : effectiveDate, gridEnd < end ? gridEnd : end, k, gridStart, gridEnd,
                    i == perYear - 1 || nextStart > end);
            }
        }
    }
}
