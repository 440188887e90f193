namespace SwarmNet.Web.Pages.Obligations;

/// <summary>The indicator rows an occurrence is handed in with: a code and its value each; blank rows are left out.</summary>
public sealed class IndicatorValues
{
    public List<IndicatorRow> Rows { get; } = [];

    public static IndicatorValues From(IReadOnlyDictionary<string, decimal>? submitted)
    {
        var values = new IndicatorValues();
        foreach (var (code, value) in submitted ?? new Dictionary<string, decimal>())
            values.Rows.Add(new IndicatorRow { Code = code, Value = value });
        if (values.Rows.Count == 0)
            values.Rows.Add(new IndicatorRow());
        return values;
    }

    /// <summary>What the module receives: the rows with a code and a value (it names a bad code itself).</summary>
    public IReadOnlyDictionary<string, decimal> ToValues() =>
        Rows.Where(r => !string.IsNullOrWhiteSpace(r.Code) && r.Value is not null)
            .GroupBy(r => r.Code!.Trim()).ToDictionary(g => g.Key, g => g.Last().Value!.Value);
}

public sealed class IndicatorRow
{
    public string? Code { get; set; }

    public decimal? Value { get; set; }
}
