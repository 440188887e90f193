using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// The engine applied to one agreement: its periods, each under the terms version in force on its start, and their
/// lines computed from the declarations of their royalty year. Every figure of a statement comes from here.
/// </summary>
internal sealed class AgreementCalculator(AgreementRow agreement, IReadOnlyList<TermsVersion> versions, IReadOnlyDictionary<DateOnly, DeclaredRevenue> declarations)
{
    private readonly TermsVersion[] _versions = [.. versions.OrderBy(v => v.AppliesFrom).ThenBy(v => v.Number)];
    private readonly RevenueMatrix _revenue = new();
    private readonly RoyaltyLedger _ledger = new();

    /// <summary>The terms the engine runs: VAT at 0 under the exemption, the cover ended by termination or lengthened by renewal.</summary>
    public RoyaltyTerms Effective(TermsVersion version)
    {
        var terms = version.Parsed;
        var end = agreement.EndedOn ?? (terms.EndDate is { } e && agreement.EndDate is { } renewed && renewed > e ? renewed : terms.EndDate);
        if (agreement.EndedOn is { } ended && terms.EndDate is { } termsEnd && termsEnd < ended)
            end = termsEnd;
        return terms with { VatRate = agreement.VatExempt ? 0m : terms.VatRate, EndDate = end };
    }

    /// <summary>Every period whose start is on or before <paramref name="until"/>, with the version it falls under.</summary>
    public IReadOnlyList<(GridPeriod Period, TermsVersion Version)> Periods(DateOnly until)
    {
        var result = new List<(GridPeriod, TermsVersion)>();
        for (var i = 0; i < _versions.Length; i++)
        {
            var from = i == 0 ? DateOnly.MinValue : _versions[i].AppliesFrom;
            var to = i + 1 < _versions.Length ? _versions[i + 1].AppliesFrom.AddDays(-1) : DateOnly.MaxValue;
            var frame = TermsCompiler.Frame(Effective(_versions[i]));
            var horizon = Min(Min(until, to), frame.Horizon);
            if (horizon < frame.EffectiveDate)
                continue;
            foreach (var period in PeriodGrid.Build(frame, horizon).Periods)
            {
                if (period.Start >= from && period.Start <= to && period.Start <= until)
                    result.Add((period, _versions[i]));
            }
        }
        return result;
    }

    /// <summary>Computes the periods starting on <paramref name="starts"/>; a start that is no period of its version is skipped.</summary>
    public IReadOnlyList<ComputedPeriod> Compute(IEnumerable<DateOnly> starts)
    {
        var result = new List<ComputedPeriod>();
        foreach (var group in starts.Distinct().GroupBy(s => TermsVersion.InForce(_versions, s)))
        {
            var terms = Effective(group.Key);
            var compiled = TermsCompiler.Compile(terms);
            var wanted = group.Order().ToList();
            var grid = PeriodGrid.Build(compiled.Frame, Min(wanted[^1], compiled.Frame.Horizon));
            var plan = RoyaltyPlan.Build(compiled, grid);
            var indexes = wanted.Select(s => grid.IndexOf(s)).Where(i => i >= 0).ToList();
            if (indexes.Count == 0)
                continue;
            var count = indexes.Max() + 1;
            Book(compiled, grid, count);
            RoyaltyEngine.Run(plan, _revenue, count, _ledger);
            foreach (var p in indexes.Where(p => wanted.Contains(grid.Periods[p].Start)))
                result.Add(Shape(plan, p, group.Key.Number, terms.VatRate!.Value));
        }
        return result;
    }

    private void Book(CompiledTerms terms, PeriodGrid grid, int count)
    {
        _revenue.Reset(count, terms.Categories.Length + 1);
        for (var p = 0; p < count; p++)
        {
            if (!declarations.TryGetValue(grid.Periods[p].Start, out var declared))
                continue;
            _revenue.MarkDeclared(p);
            foreach (var (category, amount) in declared.Revenue)
                _revenue.Add(p, terms.ColumnOf(category), amount);
        }
    }

    private ComputedPeriod Shape(RoyaltyPlan plan, int p, int termsVersion, decimal vatRate)
    {
        var period = plan.Periods[p];
        var declaration = declarations.GetValueOrDefault(period.Start);
        return new ComputedPeriod(period.Start, period.End, period.Year, _revenue.IsDeclared(p), declaration?.Version, termsVersion, vatRate,
            LineBuilder.Lines(plan, _ledger, p), _ledger.TotalExclVat[p], _ledger.Vat[p]);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
