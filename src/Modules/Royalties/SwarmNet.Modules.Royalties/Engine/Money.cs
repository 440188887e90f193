namespace SwarmNet.Modules.Royalties.Engine;

internal static class Money
{
    /// <summary>round2 of the spec: to the cent, ties away from zero (never banker's rounding).</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
