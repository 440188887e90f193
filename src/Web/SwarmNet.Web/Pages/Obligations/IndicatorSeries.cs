using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Web.Pages.Obligations;

/// <summary>
/// Impact indicators over time, from the occurrences handed in with them: one series per contract and indicator, a point
/// per due date (none where that occurrence did not report it).
/// </summary>
public sealed record IndicatorSeries(string Name, IReadOnlyList<decimal?> Values)
{
    public static (IReadOnlyList<DateOnly> Dates, IReadOnlyList<IndicatorSeries> Series) From(IEnumerable<OccurrenceDto> occurrences)
    {
        var reported = occurrences.Where(o => o.Indicators is { Count: > 0 }).ToList();
        var dates = reported.Select(o => o.DueDate).Distinct().Order().ToList();
        var series = reported
            .SelectMany(o => o.Indicators!.Select(i => (Name: $"{i.Key} — {o.ContractTitle}", o.DueDate, i.Value)))
            .GroupBy(p => p.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorSeries(g.Key, [.. dates.Select(d => g.Where(p => p.DueDate == d).Select(p => (decimal?)p.Value).LastOrDefault())]))
            .ToList();
        return (dates, series);
    }
}
