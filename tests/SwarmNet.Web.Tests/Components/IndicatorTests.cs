using SwarmNet.Modules.Obligations.Contracts.Occurrences;
using SwarmNet.Web.Pages.Obligations;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>Indicators as typed (blank rows left out) and as charted (a series per contract and indicator, a point per date).</summary>
public sealed class IndicatorTests
{
    private static OccurrenceDto Reported(string contract, DateOnly due, IReadOnlyDictionary<string, decimal>? indicators) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "partnership", contract, Guid.CreateVersion7(), Guid.CreateVersion7(), null, "IMPACT", "Indicateurs",
        "impact", "grantee", "indicators", due, null, null, null, "Submitted", "déposée", due, indicators, null, null, null, 2);

    [Fact]
    public void Only_rows_with_a_code_and_a_value_are_sent()
    {
        var values = IndicatorValues.From(null);
        Assert.Single(values.Rows);
        values.Rows[0].Code = " personnes_formees ";
        values.Rows[0].Value = 12m;
        values.Rows.Add(new IndicatorRow { Code = "sorties_emploi" });
        values.Rows.Add(new IndicatorRow { Value = 3m });

        Assert.Equal(new Dictionary<string, decimal> { ["personnes_formees"] = 12m }, values.ToValues());
        Assert.Equal(["a"], IndicatorValues.From(new Dictionary<string, decimal> { ["a"] = 1m }).Rows.Select(r => r.Code));
    }

    [Fact]
    public void Each_contract_and_indicator_is_a_series_with_a_gap_where_it_was_not_reported()
    {
        var (dates, series) = IndicatorSeries.From(
        [
            Reported("Fabrique de Pau", new DateOnly(2026, 12, 31), new Dictionary<string, decimal> { ["formes"] = 12m, ["emplois"] = 4m }),
            Reported("Fabrique de Pau", new DateOnly(2026, 6, 30), new Dictionary<string, decimal> { ["formes"] = 8m }),
            Reported("Fabrique de Pau", new DateOnly(2026, 3, 31), null),
        ]);

        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 12, 31)], dates);
        Assert.Equal(["emplois — Fabrique de Pau", "formes — Fabrique de Pau"], series.Select(s => s.Name));
        Assert.Equal([null, 4m], series[0].Values);
        Assert.Equal([8m, 12m], series[1].Values);
    }
}
