using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Declarations;

/// <summary>
/// Reads a declarations file: one row per period and category (<c>periode;categorie;ca_ht[;aucune_activite]</c>, English
/// names too), dates dd/MM/yyyy or yyyy-MM-dd, amounts with a decimal comma or point. Every bad cell is reported, at
/// <c>/csv/{line}/{column}</c>, with the line in the message.
/// </summary>
internal static class DeclarationCsv
{
    public sealed record Row(int Line, DateOnly Period, string? Category, decimal Revenue, bool NoActivity);

    private static readonly string[] PeriodNames = ["periode", "période", "period", "periodstart"];
    private static readonly string[] CategoryNames = ["categorie", "catégorie", "category"];
    private static readonly string[] RevenueNames = ["ca_ht", "chiffre_affaires_ht", "revenue"];
    private static readonly string[] NoActivityNames = ["aucune_activite", "aucune_activité", "noactivity", "no_activity"];

    public static List<Row> Read(string csv, List<FieldError> errors)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = csv.Split('\n', 2)[0].Contains(';', StringComparison.Ordinal) ? ";" : ",",
            TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
        };
        using var reader = new CsvReader(new StringReader(csv), config);
        var rows = new List<Row>();
        if (!reader.Read() || !reader.ReadHeader())
        {
            errors.Add(new("/csv", Text.T("Fichier vide : une ligne d'en-tête est attendue.", "Empty file: a header line is expected.")));
            return rows;
        }
        var header = reader.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var (period, category, revenue, noActivity) = (Find(header, PeriodNames), Find(header, CategoryNames), Find(header, RevenueNames), Find(header, NoActivityNames));
        if (period is null || revenue is null)
        {
            errors.Add(new("/csv/1", Text.T("En-tête attendu : periode;categorie;ca_ht;aucune_activite.", "Expected header: period;category;revenue;noActivity.")));
            return rows;
        }
        while (reader.Read())
        {
            var line = reader.Parser.Row;
            var at = $"/csv/{line}/";
            var date = ParseDate(reader.GetField(period));
            var amountText = reader.GetField(revenue);
            var amount = string.IsNullOrWhiteSpace(amountText) ? 0m : ParseAmount(amountText);
            var none = noActivity is null ? false : ParseBool(reader.GetField(noActivity));
            if (date is null)
                errors.Add(new(at + period, Text.T($"Ligne {line} : date illisible (jj/mm/aaaa).", $"Line {line}: unreadable date (dd/mm/yyyy).")));
            if (amount is null)
                errors.Add(new(at + revenue, Text.T($"Ligne {line} : montant illisible.", $"Line {line}: unreadable amount.")));
            if (none is null)
                errors.Add(new(at + noActivity, Text.T($"Ligne {line} : oui ou non attendu.", $"Line {line}: yes or no expected.")));
            if (date is { } d && amount is { } a && none is { } n)
                rows.Add(new Row(line, d, category is null ? null : reader.GetField(category), a, n));
        }
        return rows;
    }

    private static string? Find(string[] header, string[] names) => header.FirstOrDefault(names.Contains);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static decimal? ParseAmount(string text)
    {
        var normalised = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value : null;
    }

    private static bool? ParseBool(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "non" or "no" or "false" or "0" => false,
        "oui" or "yes" or "true" or "1" or "x" => true,
        _ => null,
    };
}
