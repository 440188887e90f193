using System.Globalization;

namespace SwarmNet.Web.Shared;

/// <summary>Euros as the reader's culture writes numbers (1 234,50 € in French, 1,234.50 € in English).</summary>
public static class Amounts
{
    public static string Euros(decimal amount) => string.Create(CultureInfo.CurrentCulture, $"{amount:N2} €");

    public static string Euros(decimal? amount) => amount is { } value ? Euros(value) : "—";

    /// <summary>A rate kept as a fraction (0.2), read as a percentage (20 %).</summary>
    public static string Percent(decimal fraction) => string.Create(CultureInfo.CurrentCulture, $"{fraction * 100m:0.##} %");
}
