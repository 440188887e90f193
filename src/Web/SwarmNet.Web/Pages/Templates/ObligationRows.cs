using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>The obligations of a template being written: an annual activity report to start with, rows added and removed.</summary>
public sealed class ObligationRows
{
    public List<ObligationRow> Rows { get; } = [];

    public static ObligationRows WithDefault()
    {
        var rows = new ObligationRows();
        rows.Rows.Add(new ObligationRow { Code = "RAPPORT", Title = Text.T("Rapport d'activité annuel", "Annual activity report") });
        return rows;
    }

    /// <summary>A new row with a code no other row uses (OBL-2, OBL-3…), to be titled.</summary>
    public ObligationRow Add()
    {
        var n = Rows.Count + 1;
        while (Rows.Any(r => string.Equals(r.Code, $"OBL-{n}", StringComparison.OrdinalIgnoreCase)))
            n++;
        var row = new ObligationRow { Code = $"OBL-{n}" };
        Rows.Add(row);
        return row;
    }

    public IReadOnlyList<SwarmNet.Modules.Obligations.Contracts.Terms.ObligationTerm?> ToTerms() => [.. Rows.Select(r => r.ToTerm())];
}
