using System.Diagnostics;
using System.Globalization;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Benchmarks;

/// <summary>
/// Period computations per second of the royalty engine, single-threaded: per contract, compile the terms, lay the
/// grid, book the revenue and compute every period (no JSON, no validation, no output objects). A warm-up run lets
/// the JIT reach its optimised tier before the measured runs.
/// </summary>
internal static class RoyaltyBenchmark
{
    private const int Contracts = 10_000;
    private const int Periods = 36;
    private const int MeasuredRuns = 5;

    public static void Run(TextWriter output)
    {
        var portfolio = RoyaltyPortfolio.Create(Contracts, Periods);
        var revenue = new RevenueMatrix();
        var ledger = new RoyaltyLedger();
        SimulateAll(portfolio, revenue, ledger); // warm-up

        var best = TimeSpan.MaxValue;
        var checksum = 0m;
        for (var run = 0; run < MeasuredRuns; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            checksum = SimulateAll(portfolio, revenue, ledger);
            stopwatch.Stop();
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }

        var periods = (double)Contracts * Periods;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"royalties: {Contracts} contracts x {Periods} monthly periods, best of {MeasuredRuns} runs: {best.TotalMilliseconds:F0} ms, {periods / best.TotalSeconds:N0} periods/s (checksum {checksum:F2})"));
    }

    /// <summary>The sum of every period's total, so the work cannot be optimised away and runs can be compared.</summary>
    private static decimal SimulateAll(RoyaltyPortfolio portfolio, RevenueMatrix revenue, RoyaltyLedger ledger)
    {
        var checksum = 0m;
        var columns = new int[RoyaltyPortfolio.Categories.Length];
        for (var i = 0; i < portfolio.Terms.Length; i++)
        {
            var terms = TermsCompiler.Compile(portfolio.Terms[i]);
            var grid = PeriodGrid.Build(terms.Frame, terms.Frame.EffectiveDate.AddMonths(Periods - 1));
            var plan = RoyaltyPlan.Build(terms, grid);
            for (var c = 0; c < columns.Length; c++)
            {
                columns[c] = terms.ColumnOf(RoyaltyPortfolio.Categories[c]);
            }

            revenue.Reset(Periods, terms.Categories.Length + 1);
            var declared = portfolio.Revenue[i];
            for (var p = 0; p < Periods; p++)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    revenue.Add(p, columns[c], declared[(p * columns.Length) + c]);
                }
            }

            RoyaltyEngine.Run(plan, revenue, Periods, ledger);
            for (var p = 0; p < Periods; p++)
            {
                checksum += ledger.TotalExclVat[p];
            }
        }

        return checksum;
    }
}
