namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// The engine's output as flat arrays, reused across contracts: per period, one amount slot per component then
/// the ramp-up, cap and minimum slots, each component's base, and the period's totals.
/// </summary>
internal sealed class RoyaltyLedger
{
    public int PeriodCount { get; private set; }

    public int ComponentCount { get; private set; }

    public int Stride => ComponentCount + 3;

    public int RampUpSlot => ComponentCount;

    public int CapSlot => ComponentCount + 1;

    public int MinimumSlot => ComponentCount + 2;

    public decimal[] Amounts { get; private set; } = [];

    public decimal[] Bases { get; private set; } = [];

    public decimal[] TotalExclVat { get; private set; } = [];

    public decimal[] Vat { get; private set; } = [];

    public decimal Amount(int period, int slot) => Amounts[(period * Stride) + slot];

    public decimal Base(int period, int component) => Bases[(period * ComponentCount) + component];

    public void Reset(int periods, int components)
    {
        PeriodCount = periods;
        ComponentCount = components;
        if (Amounts.Length < periods * Stride)
        {
            Amounts = new decimal[periods * Stride];
        }

        if (Bases.Length < periods * components)
        {
            Bases = new decimal[periods * components];
        }

        if (TotalExclVat.Length < periods)
        {
            TotalExclVat = new decimal[periods];
            Vat = new decimal[periods];
        }
    }
}
