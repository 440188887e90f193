namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>A value a partner reported for a period: the indicator's own (<see cref="Breakdown"/> empty) or one of its breakdowns.</summary>
internal sealed record ReportedValue(Guid OrganizationId, DateOnly PeriodStart, DateOnly PeriodEnd, string Indicator, string Breakdown, decimal Value)
{
    public bool IsTotal => Breakdown.Length == 0;
}

/// <summary>Inclusive bounds on report periods; a period counts when it lies wholly inside. Open when a bound is null.</summary>
internal sealed record DateRange(DateOnly? From, DateOnly? To)
{
    public static readonly DateRange All = new(null, null);

    public bool Holds(DateOnly start, DateOnly end) => (From is null || start >= From) && (To is null || end <= To);
}

/// <summary>An indicator's value over a range: null when nobody reported; breakdowns by the indicator's own codes.</summary>
internal sealed record IndicatorValue(string Code, decimal? Value, IReadOnlyDictionary<string, decimal> Breakdowns);

/// <summary>
/// How reported values add up (unit-tested without a database): a sum indicator adds every period in the range; a latest
/// indicator takes, for each partner, its last period in the range, and adds the partners' values. Breakdowns follow the
/// same rule as their indicator.
/// </summary>
internal static class ImpactAggregation
{
    public static IndicatorValue Aggregate(IndicatorTerms indicator, IEnumerable<ReportedValue> values, DateRange range)
    {
        var mine = values.Where(v => string.Equals(v.Indicator, indicator.Code, StringComparison.OrdinalIgnoreCase) && range.Holds(v.PeriodStart, v.PeriodEnd)).ToList();
        var counted = indicator.Aggregation == IndicatorAggregation.Latest
            ? mine.GroupBy(v => v.OrganizationId).SelectMany(g => g.Where(v => v.PeriodEnd == g.Max(x => x.PeriodEnd)))
            : mine;
        return Total(indicator, counted.ToList());
    }

    public static IReadOnlyList<IndicatorValue> Aggregate(IReadOnlyList<IndicatorTerms> indicators, IReadOnlyList<ReportedValue> values, DateRange range) =>
        indicators.Select(i => Aggregate(i, values, range)).ToList();

    /// <summary>Each period reported in the range, the partners' values for it added up, in period order.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End, IndicatorValue Value)> PerPeriod(IndicatorTerms indicator, IEnumerable<ReportedValue> values, DateRange range) =>
        values.Where(v => string.Equals(v.Indicator, indicator.Code, StringComparison.OrdinalIgnoreCase) && range.Holds(v.PeriodStart, v.PeriodEnd))
            .GroupBy(v => (v.PeriodStart, v.PeriodEnd))
            .OrderBy(g => g.Key.PeriodStart).ThenBy(g => g.Key.PeriodEnd)
            .Select(g => (g.Key.PeriodStart, g.Key.PeriodEnd, Total(indicator, g.ToList())))
            .ToList();

    /// <summary>Several partnerships' values of one indicator code, added up (a network's, a partner's across its partnerships).</summary>
    public static IndicatorValue Combine(string code, IEnumerable<IndicatorValue> values)
    {
        var list = values.ToList();
        var reported = list.Where(v => v.Value is not null).ToList();
        var breakdowns = list.SelectMany(v => v.Breakdowns).GroupBy(b => b.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Value), StringComparer.OrdinalIgnoreCase);
        return new IndicatorValue(code, reported.Count == 0 ? null : reported.Sum(v => v.Value!.Value), breakdowns);
    }

    private static IndicatorValue Total(IndicatorTerms indicator, IReadOnlyList<ReportedValue> counted)
    {
        var totals = counted.Where(v => v.IsTotal).ToList();
        var breakdowns = indicator.BreakdownList
            .Select(b => (b.Code!, Values: counted.Where(v => string.Equals(v.Breakdown, b.Code, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Where(b => b.Values.Count > 0)
            .ToDictionary(b => b.Item1, b => b.Values.Sum(v => v.Value), StringComparer.OrdinalIgnoreCase);
        return new IndicatorValue(indicator.Code!, totals.Count == 0 ? null : totals.Sum(v => v.Value), breakdowns);
    }
}
