using CsCheck;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>
/// The annual cap and minimum (spec section 4, steps 6 and 7) as properties that bound the royalty account from both
/// sides. Each also counts the samples where its rule acted, so a generator that stops reaching it fails the test.
/// </summary>
public sealed class CapAndMinimumProperties
{
    private const int Iterations = 300;
    private const int MinimumCases = 20;

    [Fact]
    public void The_cap_never_lets_a_year_exceed_it_and_when_it_cuts_it_cuts_to_the_cap_exactly()
    {
        var (cuts, liftedUnderCap) = (0, 0);
        Generators.Requests.Where(r => r.Terms!.AnnualCap is not null).Sample(request =>
        {
            var cap = request.Terms!.AnnualCap!.Value;
            foreach (var year in Simulate.Valid(request).Periods.GroupBy(p => p.RoyaltyYear))
            {
                var running = 0m;
                foreach (var period in year)
                {
                    var due = Royalty(period, l => l.Kind is not (LineKinds.Cap or LineKinds.MinimumTrueUp));
                    var cut = period.Kind(LineKinds.Cap)?.Amount ?? 0m;
                    Assert.True(cut <= 0m && running + due + cut <= cap, $"year {year.Key}, {period.Start}: {running} + {due} + {cut} against a cap of {cap}");
                    if (cut != 0m)
                    {
                        Assert.Equal(cap, running + due + cut); // not a cent below: the cap is a ceiling, not a cut
                        Interlocked.Increment(ref cuts);
                    }
                    running += due + cut;
                }
                Assert.True(year.Sum(p => Royalty(p)) <= cap, $"year {year.Key} exceeds the cap once the minimum is added");
                if (year.Any(p => p.Kind(LineKinds.MinimumTrueUp) is not null))
                    Interlocked.Increment(ref liftedUnderCap);
            }
        }, iter: Iterations, print: Generators.Show);

        Assert.True(cuts >= MinimumCases && liftedUnderCap >= MinimumCases,
            $"the cap cut {cuts} periods and a minimum lifted {liftedUnderCap} capped years, fewer than {MinimumCases}");
    }

    [Fact]
    public void A_complete_year_from_the_minimums_first_year_totals_at_least_the_prorated_minimum()
    {
        var lifted = 0;
        Generators.Requests.Where(r => r.Terms!.AnnualMinimum is not null).Sample(request =>
        {
            var terms = request.Terms!;
            foreach (var year in Simulate.Valid(request).Periods.GroupBy(p => p.RoyaltyYear))
            {
                var (start, next) = (YearStart(terms, year.Key), YearStart(terms, year.Key + 1));
                var lastDay = next.AddDays(-1) < (terms.EndDate ?? DateOnly.MaxValue) ? next.AddDays(-1) : terms.EndDate!.Value;
                var trueUp = year.Last().Kind(LineKinds.MinimumTrueUp)?.Amount ?? 0m;
                Assert.All(year.SkipLast(1), p => Assert.Null(p.Kind(LineKinds.MinimumTrueUp)));
                if (year.Last().End != lastDay || year.Key < terms.AnnualMinimum!.FromYear)
                {
                    Assert.Equal(0m, trueUp); // the year is not over in this window, or the minimum starts later
                    continue;
                }
                var covered = lastDay.DayNumber - (start > terms.EffectiveDate ? start : terms.EffectiveDate!.Value).DayNumber + 1;
                var prorated = Round2(terms.AnnualMinimum.Amount!.Value * covered / (next.DayNumber - start.DayNumber));
                var earned = year.Sum(p => Royalty(p)) - trueUp;
                Assert.Equal(Math.Max(0m, prorated - earned), trueUp);
                Assert.True(earned + trueUp >= prorated, $"year {year.Key}: {earned} + {trueUp} < {prorated}");
                if (trueUp > 0m)
                    Interlocked.Increment(ref lifted);
            }
        }, iter: Iterations, print: Generators.Show);

        Assert.True(lifted >= MinimumCases, $"the minimum lifted only {lifted} years");
    }

    private static decimal Royalty(SimulatedPeriod period, Func<SimulatedLine, bool>? which = null) =>
        period.Lines.Where(l => l.Account == "royalty" && (which?.Invoke(l) ?? true)).Sum(l => l.Amount);

    /// <summary>Y_k of spec section 3, written again from the text.</summary>
    private static DateOnly YearStart(RoyaltyTerms terms, int k) => terms.RoyaltyYear == "calendar"
        ? new DateOnly(terms.EffectiveDate!.Value.Year + k - 1, 1, 1)
        : terms.EffectiveDate!.Value.AddYears(k - 1);

    private static decimal Round2(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
