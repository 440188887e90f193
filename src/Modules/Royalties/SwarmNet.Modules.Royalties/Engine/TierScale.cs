namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// F(x) of a tiered component for a cumulative base x (spec section 4.2). The open last bracket's threshold is
/// decimal.MaxValue so both modes need no special case.
/// </summary>
internal sealed class TierScale(bool marginal, decimal[] upTo, decimal[] rates)
{
    public bool Marginal { get; } = marginal;

    public IReadOnlyList<decimal> UpTo => upTo;

    public IReadOnlyList<decimal> Rates => rates;

    public decimal Apply(decimal x)
    {
        if (!Marginal)
        {
            // whole: the rate of the first bracket with x <= upTo_j applies to all of x.
            var j = 0;
            while (x > upTo[j])
            {
                j++;
            }

            return rates[j] * x;
        }

        // marginal: sum of rate_j × (min(x, upTo_j) − upTo_{j−1}); brackets above x add nothing, so stop there.
        var total = 0m;
        var floor = 0m;
        for (var j = 0; j < upTo.Length && x > floor; j++)
        {
            total += rates[j] * ((x < upTo[j] ? x : upTo[j]) - floor);
            floor = upTo[j];
        }

        return total;
    }
}
