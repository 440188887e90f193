using System.Globalization;

namespace SwarmNet.BuildingBlocks.Money;

/// <summary>
/// Euros as <c>decimal</c> in code, integer cents in tables (docs/adr/0004): no binary floating point anywhere,
/// and no silent rounding — an amount with more than two decimals is refused, not rounded.
/// </summary>
public static class Money
{
    /// <summary>round2 of the royalty rules: 0.01 EUR, ties away from zero.</summary>
    public static decimal Round2(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostTwoDecimals(decimal amount) => amount == Round2(amount);

    public static long ToCents(decimal amount) => HasAtMostTwoDecimals(amount)
        ? decimal.ToInt64(amount * 100m)
        : throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} has more than two decimals.", nameof(amount));

    /// <summary>Always two decimals (scale 2), so JSON prints 400.00, not 400.</summary>
    public static decimal FromCents(long cents) => decimal.Divide(cents, 100m) + 0.00m;
}
