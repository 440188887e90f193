using System.Globalization;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>
/// Cells as French spreadsheets open them without a wizard: dates dd/MM/yyyy, amounts with a decimal comma and no
/// thousands separator. Text cells starting with = + - @ tab or CR get a leading apostrophe so no formula ever runs;
/// amounts are written by us as numbers and stay numbers, even negative (docs/adr/0105).
/// </summary>
internal static class CsvCells
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    public static string Amount(decimal value) => value.ToString("0.00", French);

    public static string Amount(decimal? value) => value is { } v ? Amount(v) : "";

    public static string Date(DateOnly? value) => value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
