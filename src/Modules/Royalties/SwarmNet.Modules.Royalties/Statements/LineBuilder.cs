using System.Globalization;
using System.Text.Json;
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
        Add(lines, LineKinds.RampUpDiscount, LineKinds.RampUpDiscountLabel, rampUp, new() { ["discount"] = Text(plan.Discounts[p]), ["base"] = Text(discountBase) });
        Add(lines, LineKinds.Cap, LineKinds.CapLabel, cap, new()
        {
            ["annualCap"] = Text(plan.Terms.AnnualCap ?? 0m), ["royaltyBefore"] = Text(royaltyBefore),
            ["periodRoyalty"] = Text(RoyaltyOf(plan, ledger, p, withMinimum: false) - cap),
        });
        Add(lines, LineKinds.MinimumTrueUp, LineKinds.MinimumTrueUpLabel, minimum, new()
        {
            ["target"] = Text(period.IsLastOfYear ? plan.MinimumTargets[period.Year - 1] : 0m),
            ["yearRoyalty"] = Text(royaltyBefore + RoyaltyOf(plan, ledger, p, withMinimum: false)),
        });
        return lines;
    }

    private static string ComponentDetail(RoyaltyPlan plan, RoyaltyLedger ledger, ComponentPlan component, int p, int c)
    {
        var period = plan.Periods[p];
        var detail = new Dictionary<string, object> { ["type"] = component.Kind.ToString() };
        switch (component.Kind)
        {
            case ComponentKind.Percentage:
                detail["rate"] = Text(component.Rate);
                break;
            case ComponentKind.Tiered:
                var before = 0m;
                for (var q = 0; q < p; q++)
                    before += plan.Periods[q].Year == period.Year ? ledger.Base(q, c) : 0m;
                detail["mode"] = component.Scale!.Marginal ? "marginal" : "whole";
                detail["cumulativeBefore"] = Text(before);
                detail["brackets"] = component.Scale.UpTo.Select((upTo, j) => new[] { upTo == decimal.MaxValue ? null : Text(upTo), Text(component.Scale.Rates[j]) }).ToArray();
                break;
            case ComponentKind.Fixed:
                detail["yearAmount"] = Text(plan.FixedAmounts[((period.Year - 1) * plan.Terms.Components.Length) + c]);
                detail["coveredDays"] = period.CoveredDays;
                detail["periodDays"] = period.PeriodDays;
                break;
            default:
                detail["date"] = component.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }
        return JsonSerializer.Serialize(detail);
    }

    /// <summary>The royalty account of period q: royalty components, ramp-up and cap, and the minimum true-up when asked.</summary>
    private static decimal RoyaltyOf(RoyaltyPlan plan, RoyaltyLedger ledger, int q, bool withMinimum)
    {
        var sum = ledger.Amount(q, ledger.RampUpSlot) + ledger.Amount(q, ledger.CapSlot) + (withMinimum ? ledger.Amount(q, ledger.MinimumSlot) : 0m);
        for (var c = 0; c < plan.Terms.Components.Length; c++)
            sum += plan.Terms.Components[c].Account == Account.Royalty ? ledger.Amount(q, c) : 0m;
        return sum;
    }

    private static void Add(List<ComputedLine> lines, string kind, string label, decimal amount, Dictionary<string, string> detail)
    {
        if (amount != 0m)
            lines.Add(new ComputedLine(kind, label, AccountNames.Of(Account.Royalty), null, amount, JsonSerializer.Serialize(detail)));
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
