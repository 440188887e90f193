namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>What accumulates within a royalty year: each tiered component's C_before and round2(F(C_before)), and
/// the royalty account after caps. All of it restarts with the next year.</summary>
internal sealed class YearState(int componentCount)
{
    private int year;

    public decimal[] Cumulative { get; } = new decimal[componentCount];

    public decimal[] RoundedF { get; } = new decimal[componentCount];

    public decimal Royalty { get; set; }

    public void Enter(int royaltyYear)
    {
        if (royaltyYear == year)
        {
            return;
        }

        year = royaltyYear;
        Array.Clear(Cumulative);
        Array.Clear(RoundedF);
        Royalty = 0m;
    }
}
