using System.Globalization;
using System.Text.Json;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// Section 7: what an approved period has billed (its statement plus approved adjustments) against what the engine now
/// computes for it, line by line. The differences of every corrected period go on one adjustment statement.
/// </summary>
internal static class AdjustmentBuilder
{
    public sealed record Difference(Guid Corrects, DateOnly Start, DateOnly End, IReadOnlyList<ComputedLine> Lines, decimal ExclVat, decimal Vat);

    public static Difference? Compare(StatementHead billed, ComputedPeriod computed, StatementSnapshot snapshot)
    {
        var frozenAdjustments = snapshot.Heads.Where(h => h.Kind == StatementKinds.Adjustment && h.Frozen).Select(h => h.Id).ToHashSet();
        var billedLines = snapshot.Lines[billed.Id]
            .Concat(frozenAdjustments.SelectMany(id => snapshot.Lines[id]).Where(l => l.CorrectedStatementId == billed.Id))
            .GroupBy(l => (l.Kind, l.Label, l.Account))
            .ToDictionary(g => g.Key, g => (Amount: g.Sum(l => l.Amount), Base: g.Any(l => l.Base is not null) ? g.Sum(l => l.Base ?? 0m) : (decimal?)null));
        var billedVat = (billed.VatCents + snapshot.Corrected.Where(c => c.CorrectedStatementId == billed.Id && frozenAdjustments.Contains(c.StatementId))
            .Sum(c => c.VatCents)) / 100m;

        var lines = new List<ComputedLine>();
        foreach (var line in computed.Lines)
        {
            var before = billedLines.GetValueOrDefault((line.Kind, line.Label, line.Account));
            billedLines.Remove((line.Kind, line.Label, line.Account));
            AddIfChanged(lines, line.Kind, line.Label, line.Account, line.Base, before.Base, line.Amount, before.Amount, computed.Start);
        }
        foreach (var ((kind, label, account), before) in billedLines)
            AddIfChanged(lines, kind, label, account, null, before.Base, 0m, before.Amount, computed.Start);

        var vat = computed.Vat - billedVat;
        return lines.Count == 0 && vat == 0m ? null
            : new Difference(billed.Id, computed.Start, computed.End, lines, lines.Sum(l => l.Amount), vat);
    }

    private static void AddIfChanged(List<ComputedLine> lines, string kind, string label, string account, decimal? newBase, decimal? oldBase,
        decimal newAmount, decimal oldAmount, DateOnly period)
    {
        if (newAmount == oldAmount && newBase == oldBase)
            return;
        decimal? baseDifference = newBase is null && oldBase is null ? null : (newBase ?? 0m) - (oldBase ?? 0m);
        var detail = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["period"] = period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["billed"] = oldAmount.ToString(CultureInfo.InvariantCulture),
            ["computed"] = newAmount.ToString(CultureInfo.InvariantCulture),
        });
        lines.Add(new ComputedLine(kind, label, account, baseDifference, newAmount - oldAmount, detail));
    }
}
