using System.Globalization;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Engine;
using SwarmNet.Modules.Royalties.Simulation;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// A period's lines in the simulation's order and shape (components, then ramp-up, cap and minimum when not zero), each
/// with the figures that explain it: rate, cumulative base and brackets, prorated fixed fee, the cap left, the minimum.
/// </summary>
internal static class LineBuilder
{
    public static List<ComputedLine> Lines(RoyaltyPlan plan, RoyaltyLedger ledger, int p)
    {
        var components = plan.Terms.Components;
        var period = plan.Periods[p];
        var lines = new List<ComputedLine>(components.Length + 3);
        var (royaltyBefore, discountBase) = (0m, 0m);
        for (var q = 0; q < p; q++)
        {
            if (plan.Periods[q].Year == period.Year)
                royaltyBefore += RoyaltyOf(plan, ledger, q, withMinimum: true);
        }

        for (var c = 0; c < components.Length; c++)
        {
            var component = components[c];
            if (component.Kind == ComponentKind.OneOff && plan.OneOffPeriods[c] != p)
                continue;
            decimal? lineBase = component.IsBased ? ledger.Base(p, c) : null;
            if (component.IsBased && component.Account == Account.Royalty)
                discountBase += ledger.Amount(p, c);
            lines.Add(new ComputedLine(LineKinds.Component, component.Label, AccountNames.Of(component.Account), lineBase, ledger.Amount(p, c),
                ComponentDetail(plan, ledger, component, p, c)));
        }

        var rampUp = ledger.Amount(p, ledger.RampUpSlot);
        var cap = ledger.Amount(p, ledger.CapSlot);
        var minimum = ledger.Amount(p, ledger.MinimumSlot);
        if (rampUp != 0m)
            Add(lines, LineKinds.RampUpDiscount, LineKinds.RampUpDiscountLabel, rampUp,
                $$"""{"discount":"{{Text(plan.Discounts[p])}}","base":"{{Text(discountBase)}}"}""");
        if (cap != 0m)
            Add(lines, LineKinds.Cap, LineKinds.CapLabel, cap,
                $$"""{"annualCap":"{{Text(plan.Terms.AnnualCap ?? 0m)}}","royaltyBefore":"{{Text(royaltyBefore)}}","periodRoyalty":"{{Text(RoyaltyOf(plan, ledger, p, withMinimum: false) - cap)}}"}""");
        if (minimum != 0m)
            Add(lines, LineKinds.MinimumTrueUp, LineKinds.MinimumTrueUpLabel, minimum,
                $$"""{"target":"{{Text(period.IsLastOfYear ? plan.MinimumTargets[period.Year - 1] : 0m)}}","yearRoyalty":"{{Text(royaltyBefore + RoyaltyOf(plan, ledger, p, withMinimum: false))}}"}""");
        return lines;
    }

    // Details hold only numbers, dates and fixed words: written by hand, they cost nothing next to a serializer.
    private static string ComponentDetail(RoyaltyPlan plan, RoyaltyLedger ledger, ComponentPlan component, int p, int c)
    {
        var period = plan.Periods[p];
        switch (component.Kind)
        {
            case ComponentKind.Percentage:
                return $$"""{"type":"Percentage","rate":"{{Text(component.Rate)}}"}""";
            case ComponentKind.Tiered:
                var before = 0m;
                for (var q = 0; q < p; q++)
                    before += plan.Periods[q].Year == period.Year ? ledger.Base(q, c) : 0m;
                var scale = component.Scale!;
                var brackets = string.Join(",", scale.UpTo.Select((upTo, j) =>
                    "[" + (upTo == decimal.MaxValue ? "null" : "\"" + Text(upTo) + "\"") + ",\"" + Text(scale.Rates[j]) + "\"]"));
                return $$"""{"type":"Tiered","mode":"{{(scale.Marginal ? "marginal" : "whole")}}","cumulativeBefore":"{{Text(before)}}","brackets":[{{brackets}}]}""";
            case ComponentKind.Fixed:
                var year = plan.FixedAmounts[((period.Year - 1) * plan.Terms.Components.Length) + c];
                return string.Create(CultureInfo.InvariantCulture,
                    $$"""{"type":"Fixed","yearAmount":"{{year}}","coveredDays":{{period.CoveredDays}},"periodDays":{{period.PeriodDays}}}""");
            default:
                return $$"""{"type":"OneOff","date":"{{component.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}"}""";
        }
    }

    /// <summary>The royalty account of period q: royalty components, ramp-up and cap, and the minimum true-up when asked.</summary>
    private static decimal RoyaltyOf(RoyaltyPlan plan, RoyaltyLedger ledger, int q, bool withMinimum)
    {
        var sum = ledger.Amount(q, ledger.RampUpSlot) + ledger.Amount(q, ledger.CapSlot) + (withMinimum ? ledger.Amount(q, ledger.MinimumSlot) : 0m);
        for (var c = 0; c < plan.Terms.Components.Length; c++)
            sum += plan.Terms.Components[c].Account == Account.Royalty ? ledger.Amount(q, c) : 0m;
        return sum;
    }

    private static void Add(List<ComputedLine> lines, string kind, string label, decimal amount, string detail) =>
        lines.Add(new ComputedLine(kind, label, AccountNames.Of(Account.Royalty), null, amount, detail));

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
