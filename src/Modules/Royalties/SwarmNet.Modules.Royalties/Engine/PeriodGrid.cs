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
        var years = new List<RoyaltyYearFrame>();
        var step = frame.MonthsPerPeriod;
        var perYear = 12 / step;
        for (var k = 1; ; k++)
        {
            var yearStart = frame.YearStart(k);
            if (yearStart > frame.EndDate || yearStart > horizon)
            {
                break;
            }

            var nextYear = frame.YearStart(k + 1);
            years.Add(YearFrame(frame, k, yearStart, nextYear));
            for (var i = 0; i < perYear; i++)
            {
                var gridStart = yearStart.AddMonths(step * i);
                // The last period ends the day before Y_{k+1}, which differs from Y_k + 12 months after a 29 February.
                var nextStart = i == perYear - 1 ? nextYear : yearStart.AddMonths(step * (i + 1));
                var gridEnd = nextStart.AddDays(-1);
                var start = gridStart > frame.EffectiveDate ? gridStart : frame.EffectiveDate;
                if (gridEnd < frame.EffectiveDate)
                {
                    continue;
                }

                if (gridStart > frame.EndDate || start > horizon)
                {
                    break;
                }

                var end = gridEnd < frame.EndDate ? gridEnd : frame.EndDate;
                periods.Add(new GridPeriod(
                    start,
                    end,
                    k,
                    end.DayNumber - start.DayNumber + 1,
                    gridEnd.DayNumber - gridStart.DayNumber + 1,
                    i == perYear - 1 || nextStart > frame.EndDate,
                    ContractMonth.Of(frame.EffectiveDate, start)));
            }
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
