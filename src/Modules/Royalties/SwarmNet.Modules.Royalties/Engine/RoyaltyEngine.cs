using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// Computes periods 0..periodCount-1 of a plan in the order of spec section 4. Pure: no clock, no I/O, and no
/// allocation per period, since statements and benchmarks run it over every period of every contract.
/// </summary>
internal static class RoyaltyEngine
{
    public static void Run(RoyaltyPlan plan, RevenueMatrix revenue, int periodCount, RoyaltyLedger ledger)
    {
        var terms = plan.Terms;
        var components = terms.Components;
        var count = components.Length;
        ledger.Reset(periodCount, count);
        var state = new YearState(count);
        var hasCap = terms.AnnualCap.HasValue;
        var cap = terms.AnnualCap.GetValueOrDefault();
        var vatRate = terms.VatRate;
        var amounts = ledger.Amounts;
        var stride = ledger.Stride;

        for (var p = 0; p < periodCount; p++)
        {
            ref readonly var period = ref plan.Periods[p];
            state.Enter(period.Year);
            var row = p * stride;
            var discountBase = 0m;
            var royalty = 0m;
            var total = 0m;
            for (var c = 0; c < count; c++)
            {
                var component = components[c];
                var amount = component.Kind switch
                {
                    ComponentKind.Percentage => Percentage(component, revenue, ledger, p, c),
                    ComponentKind.Tiered => Tiered(component, revenue, ledger, state, p, c),
                    ComponentKind.Fixed => Fixed(plan.FixedAmounts[((period.Year - 1) * count) + c], period),
                    _ => plan.OneOffPeriods[c] == p ? component.Amount : 0m,
                };
                amounts[row + c] = amount;
                total += amount;
                if (component.Account == Account.Royalty)
                {
                    royalty += amount;
                    discountBase += component.IsBased ? amount : 0m;
                }
            }

            var discount = plan.Discounts[p];
            var rampUp = discount == 0m ? 0m : -Money.Round2(discount * discountBase);
            royalty += rampUp;

            // The cap allows what is left of it this year; earlier periods count after their own cap lines.
            var capLine = hasCap ? Math.Min(royalty, Math.Max(0m, cap - state.Royalty)) - royalty : 0m;
            royalty += capLine;
            state.Royalty += royalty;

            var target = period.IsLastOfYear ? plan.MinimumTargets[period.Year - 1] : -1m;
            var minimum = target >= 0m ? Math.Max(0m, target - state.Royalty) : 0m;

            amounts[row + count] = rampUp;
            amounts[row + count + 1] = capLine;
            amounts[row + count + 2] = minimum;
            total += rampUp + capLine + minimum;
            ledger.TotalExclVat[p] = total;
            ledger.Vat[p] = Money.Round2(total * vatRate);
        }
    }

    private static decimal Percentage(ComponentPlan component, RevenueMatrix revenue, RoyaltyLedger ledger, int p, int c)
    {
        var b = revenue.Base(p, component.Columns);
        ledger.Bases[(p * ledger.ComponentCount) + c] = b;
        return Money.Round2(component.Rate * b);
    }

    // round2(F(C_before + B)) − round2(F(C_before)); the second term is the first one of the previous period, kept.
    private static decimal Tiered(ComponentPlan component, RevenueMatrix revenue, RoyaltyLedger ledger, YearState state, int p, int c)
    {
        var b = revenue.Base(p, component.Columns);
        ledger.Bases[(p * ledger.ComponentCount) + c] = b;
        var after = state.Cumulative[c] + b;
        var roundedAfter = Money.Round2(component.Scale!.Apply(after));
        var amount = roundedAfter - state.RoundedF[c];
        state.Cumulative[c] = after;
        state.RoundedF[c] = roundedAfter;
        return amount;
    }

    private static decimal Fixed(decimal yearAmount, in GridPeriod period) =>
        period.CoveredDays == period.PeriodDays
            ? yearAmount
            : Money.Round2(yearAmount * period.CoveredDays / period.PeriodDays);
}
