using System.Globalization;

namespace SwarmNet.BuildingBlocks.Csv;

/// <summary>
/// Cells as French spreadsheets read them: dates dd/MM/yyyy, numbers with a decimal comma and no thousands separator.
/// A text cell starting with = + - @ tab or CR gets a leading apostrophe, so no formula ever runs from what a user typed;
/// numbers are written by us and stay numbers, even negative.
/// </summary>
public static class CsvCells
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    /// <summary>Money: always two decimals (1234,50).</summary>
    public static string Amount(decimal value) => value.ToString("0.00", French);

    public static string Amount(decimal? value) => value is { } v ? Amount(v) : "";

    /// <summary>A quantity: as many decimals as it has, none when whole (12, 12,5).</summary>
    public static string Number(decimal? value) => value?.ToString("0.##########", French) ?? "";

    public static string Date(DateOnly? value) => value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
