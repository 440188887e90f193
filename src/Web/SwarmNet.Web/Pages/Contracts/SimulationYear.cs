using SwarmNet.Modules.Royalties.Contracts.Simulation;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>
/// A simulation read by royalty year: the revenue, what is owed, and the ramp-up discount granted (a positive figure), so a
/// chart can stack what is paid on what is waived and show the start-up years.
/// </summary>
public sealed record SimulationYear(int Year, decimal Revenue, decimal Owed, decimal RampUpDiscount, decimal? EffectiveRate)
{
    public static IReadOnlyList<SimulationYear> Of(RoyaltySimulationResult result) => [.. result.Years.Select(y => new SimulationYear(
        y.RoyaltyYear, y.Revenue, y.ByAccount.Royalty + y.ByAccount.Marketing + y.ByAccount.Fee,
        -result.Periods.Where(p => p.RoyaltyYear == y.RoyaltyYear).SelectMany(p => p.Lines).Where(l => l.Kind == LineKinds.RampUpDiscount).Sum(l => l.Amount),
        y.EffectiveRate))];
}
