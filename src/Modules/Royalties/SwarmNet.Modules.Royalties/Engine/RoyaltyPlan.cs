using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// Everything about a contract that does not depend on revenue, computed once before the period loop:
/// the grid, each period's ramp-up discount, each year's escalated fixed fees and prorated minimum,
/// and the period each one-off fee falls in.
/// </summary>
internal sealed class RoyaltyPlan
{
    private RoyaltyPlan(CompiledTerms terms, PeriodGrid grid)
    {
        Terms = terms;
        Grid = grid;
    }

    public CompiledTerms Terms { get; }

    public PeriodGrid Grid { get; }

    public GridPeriod[] Periods => Grid.Periods;

    /// <summary>Discounts[p]: the ramp-up discount of period p's contract month, 0 without a matching entry.</summary>
    public decimal[] Discounts { get; private init; } = [];

    /// <summary>FixedAmounts[(k - 1) * components + c]: A_k of fixed component c, 0 for other kinds.</summary>
    public decimal[] FixedAmounts { get; private init; } = [];

    /// <summary>MinimumTargets[k - 1]: round2(amount × yearCoveredDays / yearDays), or -1 when no minimum applies to year k.</summary>
    public decimal[] MinimumTargets { get; private init; } = [];

    /// <summary>OneOffPeriods[c]: the period holding one-off component c's date, -1 when none does (or c is no one-off).</summary>
    public int[] OneOffPeriods { get; private init; } = [];

    public static RoyaltyPlan Build(CompiledTerms terms, PeriodGrid grid)
    {
        var components = terms.Components;
        var years = grid.Years;
        var fixedAmounts = new decimal[years.Length * components.Length];
        var minimumTargets = new decimal[years.Length];
        for (var y = 0; y < years.Length; y++)
        {
            for (var c = 0; c < components.Length; c++)
            {
                if (components[c].Kind == ComponentKind.Fixed)
                {
                    fixedAmounts[(y * components.Length) + c] = Escalated(components[c], years[y].Number);
                }
            }

            minimumTargets[y] = terms.MinimumAmount is { } minimum && years[y].Number >= terms.MinimumFromYear
                ? Money.Round2(minimum * years[y].CoveredDays / years[y].Days)
                : -1m;
        }

        return new RoyaltyPlan(terms, grid)
        {
            Discounts = [.. grid.Periods.Select(p => DiscountOf(terms.RampUp, p.ContractMonth))],
            FixedAmounts = fixedAmounts,
            MinimumTargets = minimumTargets,
            OneOffPeriods = [.. components.Select(c => c.Kind == ComponentKind.OneOff ? grid.IndexOf(c.Date) : -1)],
        };
    }

    /// <summary>A_k = round2(amount × (1 + escalationRate)^(k−1)), the power by repeated decimal multiplication.</summary>
    private static decimal Escalated(ComponentPlan component, int year)
    {
        var factor = 1m;
        for (var i = 1; i < year; i++)
        {
            factor *= 1m + component.EscalationRate;
        }

        return Money.Round2(component.Amount * factor);
    }

    private static decimal DiscountOf(RampUpEntry[] rampUp, int contractMonth)
    {
        foreach (var entry in rampUp)
        {
            if (entry.FromMonth <= contractMonth && contractMonth <= entry.ToMonth)
            {
                return entry.Discount;
            }
        }

        return 0m;
    }
}
