using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// After declarations of an agreement change: each declared period gets its draft; every statement of the same royalty
/// year is recomputed — drafts and statements in review in place, approved ones through one adjustment statement that
/// replaces any adjustment still pending for that year (spec section 7).
/// </summary>
internal sealed class StatementRefresh(DbSession db, StatementStore store, StatementHistory history)
{
    public const string Computed = "computed";
    public const string Recomputed = "recomputed";

    public async Task AfterDeclarationsAsync(AgreementRow agreement, IReadOnlyCollection<DateOnly> declared, Actor actor, CancellationToken ct)
    {
        var versions = (await AgreementData.VersionsAsync(db, agreement.Id, ct))[agreement.Id].ToList();
        var declarations = (await AgreementData.DeclarationsAsync(db, agreement.Id, DateOnly.MinValue, ct)).GetValueOrDefault(agreement.Id) ?? [];
        var calculator = new AgreementCalculator(agreement, versions, declarations);
        var snapshot = await StatementSnapshot.LoadAsync(db, agreement.Id, ct);
        var periodHeads = snapshot.Heads.Where(h => h.Kind == StatementKinds.Period).ToList();
        var targets = calculator.Compute(declared);

        // A royalty year is known by its number and a date inside it: versions on other grids number their years afresh.
        bool SameYear(StatementHead h, ComputedPeriod t) => h.RoyaltyYear == t.RoyaltyYear && Math.Abs(h.PeriodStart.DayNumber - t.Start.DayNumber) < 366;
        var affected = periodHeads.Where(h => targets.Any(t => SameYear(h, t))).ToList();
        var computed = calculator.Compute(affected.Select(h => h.PeriodStart)).ToDictionary(c => c.Start);

        var inserts = targets.Where(t => periodHeads.All(h => h.PeriodStart != t.Start))
            .Select(t => new NewStatement(Guid.CreateVersion7(), agreement, StatementKinds.Period, t, [.. t.Lines.Select(l => (l, (Guid?)null))], []))
            .ToList();
        foreach (var head in affected.Where(h => !h.Frozen && computed.ContainsKey(h.PeriodStart)))
        {
            var now = computed[head.PeriodStart];
            if (head.Declared == now.Declared && Same(snapshot.Lines[head.Id].ToList(), now))
                continue;
            await store.ReplaceAsync(head.Id, now, ct);
            await history.RecordAsync(head.Id, Recomputed, StatementStates.Draft, null, actor, ct);
        }

        foreach (var year in affected.Where(h => h.Frozen).GroupBy(h => (h.RoyaltyYear, h.TermsVersion)))
        {
            var pending = snapshot.Heads.Where(h => h.Kind == StatementKinds.Adjustment && !h.Frozen && h.RoyaltyYear == year.Key.RoyaltyYear
                                                    && snapshot.Corrected.Any(c => c.StatementId == h.Id && year.Any(y => y.Id == c.CorrectedStatementId)));
            foreach (var adjustment in pending.ToList())
                await store.DeleteDraftAsync(adjustment.Id, ct);
            var differences = year.Where(h => computed.ContainsKey(h.PeriodStart))
                .Select(h => AdjustmentBuilder.Compare(h, computed[h.PeriodStart], snapshot)).OfType<AdjustmentBuilder.Difference>().ToList();
            if (differences.Count > 0)
                inserts.Add(Adjustment(agreement, differences, computed[year.First().PeriodStart]));
        }
        await store.InsertAsync(inserts, actor, Computed, ct);
    }

    private static NewStatement Adjustment(AgreementRow agreement, List<AdjustmentBuilder.Difference> differences, ComputedPeriod first)
    {
        var period = first with
        {
            Start = differences.Min(d => d.Start), End = differences.Max(d => d.End), Declared = true, DeclarationVersion = null,
            Lines = [.. differences.SelectMany(d => d.Lines)], ExclVat = differences.Sum(d => d.ExclVat), Vat = differences.Sum(d => d.Vat),
        };
        return new NewStatement(Guid.CreateVersion7(), agreement, StatementKinds.Adjustment, period,
            [.. differences.SelectMany(d => d.Lines.Select(l => (l, (Guid?)d.Corrects)))],
            [.. differences.Select(d => (d.Corrects, d.ExclVat, d.Vat))], differences[0].Corrects);
    }

    private static bool Same(List<StoredLine> stored, ComputedPeriod computed) =>
        stored.Count == computed.Lines.Count
        && stored.Zip(computed.Lines).All(x => x.First.Kind == x.Second.Kind && x.First.Label == x.Second.Label
                                               && x.First.Amount == x.Second.Amount && x.First.Base == x.Second.Base);
}
