using SwarmNet.Modules.Partnerships.Domain;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>Indicator aggregation without a database: sums and latest values, breakdowns, date ranges, per period, across partnerships.</summary>
public sealed class ImpactAggregationTests
{
    private static readonly Guid Step = Guid.CreateVersion7(), Simplon = Guid.CreateVersion7();

    private static readonly IndicatorTerms Trainees = new("TRAINEES", "Apprenant·es", "personnes", IndicatorAggregation.Sum,
        [new("WOMEN", "femmes"), new("REFUGEES", "personnes réfugiées")]);

    private static readonly IndicatorTerms Employed = new("EMPLOYED", "En emploi à six mois", "personnes", IndicatorAggregation.Latest, [new("WOMEN", "femmes")]);

    private static ReportedValue V(Guid who, int year, int quarter, string indicator, decimal value, string breakdown = "")
    {
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        return new(who, start, start.AddMonths(3).AddDays(-1), indicator, breakdown, value);
    }

    private static readonly ReportedValue[] Values =
    [
        V(Step, 2026, 3, "TRAINEES", 12), V(Step, 2026, 3, "TRAINEES", 5, "WOMEN"), V(Step, 2026, 3, "TRAINEES", 2, "REFUGEES"),
        V(Step, 2026, 4, "trainees", 10), V(Step, 2026, 4, "TRAINEES", 6, "women"),
        V(Simplon, 2026, 4, "TRAINEES", 3), V(Simplon, 2026, 4, "TRAINEES", 1, "WOMEN"),
        V(Step, 2026, 3, "EMPLOYED", 4), V(Step, 2026, 3, "EMPLOYED", 1, "WOMEN"), V(Step, 2026, 4, "EMPLOYED", 7), V(Step, 2026, 4, "EMPLOYED", 3, "WOMEN"),
        V(Simplon, 2026, 3, "EMPLOYED", 2),
    ];

    [Fact]
    public void A_sum_adds_every_period_and_partner_and_so_do_its_breakdowns()
    {
        var total = ImpactAggregation.Aggregate(Trainees, Values, DateRange.All);
        Assert.Equal(25m, total.Value);
        Assert.Equal(12m, total.Breakdowns["WOMEN"]);
        Assert.Equal(2m, total.Breakdowns["refugees"]);
    }

    [Fact]
    public void A_latest_value_takes_each_partner_s_last_period_then_adds_the_partners()
    {
        var latest = ImpactAggregation.Aggregate(Employed, Values, DateRange.All);
        Assert.Equal((9m, 3m), (latest.Value!.Value, latest.Breakdowns["WOMEN"])); // STEP's Q4 (7, of whom 3 women) and Simplon's Q3 (2)
        var third = ImpactAggregation.Aggregate(Employed, Values, new DateRange(null, new DateOnly(2026, 9, 30)));
        Assert.Equal((6m, 1m), (third.Value!.Value, third.Breakdowns["WOMEN"]));
    }

    [Fact]
    public void A_range_counts_the_periods_wholly_inside_it_and_nothing_reported_is_null()
    {
        Assert.Equal(13m, ImpactAggregation.Aggregate(Trainees, Values, new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31))).Value);
        Assert.Equal(12m, ImpactAggregation.Aggregate(Trainees, Values, new DateRange(new DateOnly(2026, 7, 1), new DateOnly(2026, 11, 30))).Value);
        var none = ImpactAggregation.Aggregate(Trainees, Values, new DateRange(new DateOnly(2027, 1, 1), null));
        Assert.Equal((null, 0), (none.Value, none.Breakdowns.Count));
    }

    [Fact]
    public void Per_period_the_partners_values_add_up_in_period_order()
    {
        var periods = ImpactAggregation.PerPeriod(Trainees, Values, DateRange.All);
        Assert.Equal([(new DateOnly(2026, 7, 1), 12m, 5m), (new DateOnly(2026, 10, 1), 13m, 7m)],
            periods.Select(p => (p.Start, p.Value.Value!.Value, p.Value.Breakdowns["WOMEN"])));
    }

    [Fact]
    public void Across_partnerships_each_is_aggregated_by_its_rule_then_added()
    {
        var pau = ImpactAggregation.Aggregate(Employed, Values, DateRange.All);
        var bayonne = ImpactAggregation.Aggregate(Employed with { Aggregation = IndicatorAggregation.Sum }, [V(Step, 2026, 3, "EMPLOYED", 1), V(Step, 2026, 4, "EMPLOYED", 2)],
            DateRange.All);
        var nowhere = ImpactAggregation.Aggregate(Employed, [], DateRange.All);
        var network = ImpactAggregation.Combine("EMPLOYED", [pau, bayonne, nowhere]);
        Assert.Equal((12m, 3m), (network.Value!.Value, network.Breakdowns["WOMEN"]));
        Assert.Null(ImpactAggregation.Combine("EMPLOYED", [nowhere]).Value);
    }

    [Fact]
    public void A_report_covers_a_finished_period_inside_the_term_with_known_indicators_each_once()
    {
        var today = new DateOnly(2026, 11, 23);
        List<string> Errors(DateOnly? start, DateOnly? end, params IndicatorReportValue?[] values) =>
            ReportRules.Validate([Trainees, Employed], start, end, values, new DateOnly(2026, 7, 1), new DateOnly(2028, 6, 30), today).Select(e => e.Path).ToList();
        var q3 = (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        Assert.Empty(Errors(q3.Item1, q3.Item2, new("trainees", 12, new Dictionary<string, decimal?> { ["women"] = 5 }), new("EMPLOYED", 0)));
        Assert.Equal(["/periodEnd"], Errors(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new IndicatorReportValue("TRAINEES", 1)));
        Assert.Equal(["/periodEnd"], Errors(q3.Item2, q3.Item1, new IndicatorReportValue("TRAINEES", 1)));
        Assert.Equal(["/periodStart"], Errors(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), new IndicatorReportValue("TRAINEES", 1)));
        Assert.Equal(["/periodStart", "/values"], Errors(null, q3.Item2));
        Assert.Equal(["/values/0/breakdowns/WOMEN", "/values/0/breakdowns/DISABLED", "/values/1/indicator", "/values/2/indicator", "/values/3/value"],
            Errors(q3.Item1, q3.Item2, new("TRAINEES", 4, new Dictionary<string, decimal?> { ["WOMEN"] = 5, ["DISABLED"] = 1 }), new("TRAINEES", 1),
                new("UNKNOWN", 1), new("EMPLOYED", 1.005m)));
    }
}
