namespace SwarmNet.Modules.Royalties.Contracts.Simulation;

/// <summary>The kinds of line a statement holds, and the fixed labels of the three computed ones.</summary>
public static class LineKinds
{
    public const string Component = "component";
    public const string RampUpDiscount = "rampUpDiscount";
    public const string Cap = "cap";
    public const string MinimumTrueUp = "minimumTrueUp";

    public const string RampUpDiscountLabel = "Remise de démarrage";
    public const string CapLabel = "Plafonnement annuel";
    public const string MinimumTrueUpLabel = "Complément minimum annuel";
}
