using SwarmNet.Modules.Royalties.Contracts.Periods;

namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// The periods of a contract (spec section 3) from the first through the last whose clamped start is on or
/// before a horizon. Built once per contract so the computation loop does no date arithmetic.
/// </summary>
internal sealed class PeriodGrid
{
    private PeriodGrid(GridPeriod[] periods, RoyaltyYearFrame[] years)
    {
        Periods = periods;
        Years = years;
    }

    public GridPeriod[] Periods { get; }

    /// <summary>Years[k - 1] is royalty year k.</summary>
    public RoyaltyYearFrame[] Years { get; }

    /// <summary>The caller keeps <paramref name="horizon"/> within <see cref="GridFrame.Horizon"/>.</summary>
    public static PeriodGrid Build(GridFrame frame, DateOnly horizon)
    {
        var periods = new List<GridPeriod>();
        foreach (var p in RoyaltyPeriods.Enumerate(frame.EffectiveDate, frame.EndDate, frame.MonthsPerPeriod, frame.CalendarYear))
        {
            if (p.Start > horizon)
            {
                break;
            }

            periods.Add(new GridPeriod(
                p.Start,
                p.End,
                p.Year,
                p.End.DayNumber - p.Start.DayNumber + 1,
                p.GridEnd.DayNumber - p.GridStart.DayNumber + 1,
                p.IsLastOfYear,
                ContractMonth.Of(frame.EffectiveDate, p.Start)));
        }

        var years = new List<RoyaltyYearFrame>();
        for (var k = 1; frame.YearStart(k) <= frame.EndDate && frame.YearStart(k) <= horizon; k++)
        {
            years.Add(YearFrame(frame, k, frame.YearStart(k), frame.YearStart(k + 1)));
        }

        return new PeriodGrid([.. periods], [.. years]);
    }

    private static RoyaltyYearFrame YearFrame(GridFrame frame, int k, DateOnly yearStart, DateOnly nextYear)
    {
        var first = yearStart > frame.EffectiveDate ? yearStart : frame.EffectiveDate;
        var last = nextYear.AddDays(-1) < frame.EndDate ? nextYear.AddDays(-1) : frame.EndDate;
        var covered = Math.Max(0, last.DayNumber - first.DayNumber + 1);
        return new RoyaltyYearFrame(k, yearStart, nextYear.DayNumber - yearStart.DayNumber, covered);
    }

    /// <summary>The index of the period whose clamped [Start, End] holds <paramref name="date"/>, or -1.</summary>
    public int IndexOf(DateOnly date)
    {
        var (low, high) = (0, Periods.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (date < Periods[middle].Start)
            {
                high = middle - 1;
            }
            else if (date > Periods[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
