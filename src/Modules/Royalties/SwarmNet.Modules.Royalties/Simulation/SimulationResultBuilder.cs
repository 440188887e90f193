using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// Shapes the engine's ledger as statements: component lines in terms order (a one-off only in its period),
/// then the ramp-up, cap and minimum lines when not zero; totals and a summary per royalty year.
/// </summary>
internal static class SimulationResultBuilder
{
    public static RoyaltySimulationResult Build(RoyaltyPlan plan, RevenueMatrix revenue, RoyaltyLedger ledger)
    {
        var periods = new List<SimulatedPeriod>(ledger.PeriodCount);
        var totals = new AccountTotals();
        var years = new List<SimulatedYear>();
        var year = new AccountTotals();
        var yearStart = default(DateOnly);
        for (var p = 0; p < ledger.PeriodCount; p++)
        {
            var period = plan.Periods[p];
            var lines = Lines(plan, ledger, p);
            yearStart = p == 0 || plan.Periods[p - 1].Year != period.Year ? period.Start : yearStart;
            foreach (var line in lines)
            {
                totals.Add(line.Account, line.Amount);
                year.Add(line.Account, line.Amount);
            }

            var exclVat = ledger.TotalExclVat[p];
            var vat = ledger.Vat[p];
            totals.AddBilled(exclVat, vat);
            year.Revenue += revenue.Total(p);
            periods.Add(new SimulatedPeriod(period.Start, period.End, period.Year, revenue.IsDeclared(p), lines, exclVat, vat, exclVat + vat));
            if (p == ledger.PeriodCount - 1 || plan.Periods[p + 1].Year != period.Year)
            {
                years.Add(year.ToYear(period.Year, yearStart, period.End));
                year = new AccountTotals();
            }
        }

        return new RoyaltySimulationResult(periods, totals.ToTotals(), years);
    }

    private static List<SimulatedLine> Lines(RoyaltyPlan plan, RoyaltyLedger ledger, int p)
    {
        var components = plan.Terms.Components;
        var lines = new List<SimulatedLine>(components.Length + 3);
        for (var c = 0; c < components.Length; c++)
        {
            var component = components[c];
            if (component.Kind == ComponentKind.OneOff && plan.OneOffPeriods[c] != p)
            {
                continue;
            }

            decimal? lineBase = component.IsBased ? ledger.Base(p, c) : null;
            lines.Add(new SimulatedLine(LineKinds.Component, component.Label, AccountNames.Of(component.Account), lineBase, ledger.Amount(p, c)));
        }

        AddIfNotZero(lines, LineKinds.RampUpDiscount, LineKinds.RampUpDiscountLabel, ledger.Amount(p, ledger.RampUpSlot));
        AddIfNotZero(lines, LineKinds.Cap, LineKinds.CapLabel, ledger.Amount(p, ledger.CapSlot));
        AddIfNotZero(lines, LineKinds.MinimumTrueUp, LineKinds.MinimumTrueUpLabel, ledger.Amount(p, ledger.MinimumSlot));
        return lines;
    }

    private static void AddIfNotZero(List<SimulatedLine> lines, string kind, string label, decimal amount)
    {
        if (amount != 0m)
        {
            lines.Add(new SimulatedLine(kind, label, AccountNames.Of(Account.Royalty), null, amount));
        }
    }
}
