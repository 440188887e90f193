using CsCheck;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Simulation;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Properties that hold for any valid terms and declarations.</summary>
public sealed class PropertyTests
{
    private const int Iterations = 300;

    private static decimal Round2(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void Generated_requests_are_valid() =>
        Generators.Requests.Sample(request => Assert.Empty(SimulateRoyalties.Run(request).Errors), iter: Iterations, print: Generators.Show);

    [Fact]
    public void Totals_add_up_the_lines_and_the_periods()
    {
        Generators.Requests.Sample(request =>
        {
            var result = Simulate.Valid(request);
            var lines = result.Periods.SelectMany(p => p.Lines).ToArray();
            foreach (var period in result.Periods)
            {
                Assert.Equal(period.Lines.Sum(l => l.Amount), period.TotalExclVat);
                Assert.Equal(Round2(period.TotalExclVat * request.Terms!.VatRate!.Value), period.Vat);
                Assert.Equal(period.TotalExclVat + period.Vat, period.TotalInclVat);
            }

            Assert.Equal(lines.Where(l => l.Account == "royalty").Sum(l => l.Amount), result.Totals.ByAccount.Royalty);
            Assert.Equal(lines.Where(l => l.Account == "marketing").Sum(l => l.Amount), result.Totals.ByAccount.Marketing);
            Assert.Equal(lines.Where(l => l.Account == "fee").Sum(l => l.Amount), result.Totals.ByAccount.Fee);
            Assert.Equal(lines.Sum(l => l.Amount), result.Totals.ExclVat);
            Assert.Equal(result.Periods.Sum(p => p.Vat), result.Totals.Vat);
            Assert.Equal(result.Periods.Sum(p => p.TotalInclVat), result.Totals.InclVat);
        }, iter: Iterations, print: Generators.Show);
    }

    [Fact]
    public void Tiered_amounts_of_a_year_add_up_to_the_scale_applied_to_the_year_total()
    {
        Generators.Requests.Sample(request =>
        {
            var components = request.Terms!.Components!;
            foreach (var year in Simulate.Valid(request).Periods.GroupBy(p => p.RoyaltyYear))
            {
                foreach (var tiered in components.Where(c => c.Type == "tiered"))
                {
                    var lines = year.Select(p => p.Line(tiered.Label!)).ToArray();
                    Assert.Equal(Round2(F(tiered, lines.Sum(l => l.Base!.Value))), lines.Sum(l => l.Amount));
                }
            }
        }, iter: Iterations, print: Generators.Show);
    }

    [Fact]
    public void Each_periods_tiered_amount_is_the_scale_after_it_minus_the_scale_before_it()
    {
        var onBoundaryWhole = 0;
        Generators.Requests.Sample(request =>
        {
            var years = Simulate.Valid(request).Periods.GroupBy(p => p.RoyaltyYear).ToList();
            foreach (var tiered in request.Terms!.Components!.Where(c => c.Type == "tiered"))
            {
                var upTo = tiered.Brackets!.Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value).ToHashSet();
                foreach (var line in years.SelectMany(year => Cumulated(year.Select(p => p.Line(tiered.Label!)))))
                {
                    Assert.Equal(Round2(F(tiered, line.After)) - Round2(F(tiered, line.Before)), line.Amount);
                    if (tiered.Mode == "whole" && line.After > line.Before && upTo.Contains(line.After))
                        Interlocked.Increment(ref onBoundaryWhole);
                }
            }
        }, iter: Iterations, print: Generators.Show);

        Assert.True(onBoundaryWhole >= 10, $"only {onBoundaryWhole} periods brought a whole-mode base exactly onto a bracket's upper bound");
    }

    private static IEnumerable<(decimal Before, decimal After, decimal Amount)> Cumulated(IEnumerable<SimulatedLine> lines)
    {
        var cumulative = 0m;
        foreach (var line in lines)
        {
            yield return (cumulative, cumulative + line.Base!.Value, line.Amount);
            cumulative += line.Base!.Value;
        }
    }

    [Fact]
    public void The_output_does_not_depend_on_the_order_of_declarations()
    {
        Generators.Requests.Select(Gen.Int.Array[40]).Sample((request, keys) =>
        {
            var shuffled = request with { Declarations = [.. request.Declarations!.Select((d, i) => (d, keys[i])).OrderBy(x => x.Item2).Select(x => x.d)] };
            Assert.Equal(RoyaltiesJson.Serialize(Simulate.Valid(request)), RoyaltiesJson.Serialize(Simulate.Valid(shuffled)));
        }, iter: Iterations, print: sample => Generators.Show(sample.Item1));
    }

    [Fact]
    public void Periods_tile_the_window_without_gap_or_overlap()
    {
        Generators.Requests.Sample(request =>
        {
            var periods = Simulate.Valid(request).Periods;
            Assert.Equal(request.Terms!.EffectiveDate, periods[0].Start);
            for (var i = 1; i < periods.Count; i++)
            {
                Assert.Equal(periods[i - 1].End.AddDays(1), periods[i].Start);
                Assert.InRange(periods[i].RoyaltyYear - periods[i - 1].RoyaltyYear, 0, 1);
            }
        }, iter: Iterations, print: Generators.Show);
    }

    /// <summary>F of spec section 4.2 written again from the formula, independent of the engine's TierScale.</summary>
    private static decimal F(RoyaltyComponentTerms tiered, decimal x)
    {
        var brackets = tiered.Brackets!;
        if (tiered.Mode == "whole")
        {
            var bracket = brackets.First(b => b.UpTo is null || x <= b.UpTo);
            return bracket.Rate!.Value * x;
        }

        var total = 0m;
        for (var j = 0; j < brackets.Count; j++)
        {
            var floor = j == 0 ? 0m : brackets[j - 1].UpTo!.Value;
            var ceiling = brackets[j].UpTo ?? decimal.MaxValue;
            total += brackets[j].Rate!.Value * Math.Max(0m, Math.Min(x, ceiling) - floor);
        }

        return total;
    }
}
