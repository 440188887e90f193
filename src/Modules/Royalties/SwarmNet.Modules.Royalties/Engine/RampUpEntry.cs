namespace SwarmNet.Modules.Royalties.Engine;

internal readonly record struct RampUpEntry(int FromMonth, int ToMonth, decimal Discount);
