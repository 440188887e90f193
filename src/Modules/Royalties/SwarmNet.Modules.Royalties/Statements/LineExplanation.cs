using System.Globalization;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Simulation;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// How a line was computed, in the reader's language, from the figures stored with it: rate × base, the tiered scale
/// on the cumulative base, the prorated fixed fee, the ramp-up discount, the cap left, the minimum, or for an
/// adjustment what was billed and what is due now.
/// </summary>
internal static class LineExplanation
{
    public static string Of(string kind, decimal? lineBase, decimal amount, string? detail)
    {
        if (detail is null)
            return "";
        using var json = JsonDocument.Parse(detail);
        var d = json.RootElement;
        if (d.TryGetProperty("billed", out var billed))
            return Text.T($"Période du {Date(d, "period")} : facturé {Eur(billed)}, dû selon le calcul {Eur(d.GetProperty("computed"))}.",
                $"Period of {Date(d, "period")}: billed {Eur(billed)}, due per the computation {Eur(d.GetProperty("computed"))}.");
        return kind switch
        {
            LineKinds.RampUpDiscount => Text.T($"Remise de {Pct(d, "discount")} sur {Eur(d.GetProperty("base"))} de redevances proportionnelles.",
                $"{Pct(d, "discount")} off {Eur(d.GetProperty("base"))} of revenue-based royalties."),
            LineKinds.Cap => Text.T($"Plafond annuel {Eur(d.GetProperty("annualCap"))}, déjà facturé {Eur(d.GetProperty("royaltyBefore"))} : redevances de la période ramenées de {Eur(d.GetProperty("periodRoyalty"))}.",
                $"Annual cap {Eur(d.GetProperty("annualCap"))}, already billed {Eur(d.GetProperty("royaltyBefore"))}: the period's royalties reduced from {Eur(d.GetProperty("periodRoyalty"))}."),
            LineKinds.MinimumTrueUp => Text.T($"Minimum annuel {Eur(d.GetProperty("target"))} (au prorata), redevances de l'année {Eur(d.GetProperty("yearRoyalty"))}.",
                $"Annual minimum {Eur(d.GetProperty("target"))} (prorated), royalties of the year {Eur(d.GetProperty("yearRoyalty"))}."),
            _ => Component(d, lineBase),
        };
    }

    private static string Component(JsonElement d, decimal? lineBase) => d.GetProperty("type").GetString() switch
    {
        "Percentage" => Text.T($"{Pct(d, "rate")} × {Eur(lineBase)} de chiffre d'affaires HT.", $"{Pct(d, "rate")} × {Eur(lineBase)} of revenue excl. VAT."),
        "Tiered" => Text.T(
            $"Barème {(d.GetProperty("mode").GetString() == "marginal" ? "marginal" : "global")} ({Brackets(d)}) sur le cumul de l'année : {Eur(d.GetProperty("cumulativeBefore"))} avant la période, plus {Eur(lineBase)}.",
            $"{(d.GetProperty("mode").GetString() == "marginal" ? "Marginal" : "Whole")} scale ({Brackets(d)}) on the year's cumulative base: {Eur(d.GetProperty("cumulativeBefore"))} before the period, plus {Eur(lineBase)}."),
        "Fixed" => Text.T($"Montant de l'année {Eur(d.GetProperty("yearAmount"))} × {d.GetProperty("coveredDays")}/{d.GetProperty("periodDays")} jours couverts.",
            $"The year's amount {Eur(d.GetProperty("yearAmount"))} × {d.GetProperty("coveredDays")}/{d.GetProperty("periodDays")} days covered."),
        _ => Text.T($"Montant forfaitaire dû le {Date(d, "date")}.", $"One-off amount due on {Date(d, "date")}."),
    };

    private static string Brackets(JsonElement d) => string.Join(" ; ", d.GetProperty("brackets").EnumerateArray().Select(b =>
        b[0].ValueKind == JsonValueKind.Null ? Text.T($"au-delà : {Pct(b[1])}", $"above: {Pct(b[1])}") : Text.T($"jusqu'à {Eur(b[0])} : {Pct(b[1])}", $"up to {Eur(b[0])}: {Pct(b[1])}")));

    private static string Pct(JsonElement d, string name) => Pct(d.GetProperty(name));

    private static string Pct(JsonElement value) => Number(value) * 100m is var p ? p.ToString("0.####", Culture) + " %" : "";

    private static string Eur(JsonElement value) => Eur(Number(value));

    private static string Eur(decimal? value) => (value ?? 0m).ToString("#,##0.00", Culture) + " €";

    private static decimal Number(JsonElement value) => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static string Date(JsonElement d, string name) =>
        DateOnly.ParseExact(d.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString(Text.T("dd/MM/yyyy", "yyyy-MM-dd"), CultureInfo.InvariantCulture);

    private static CultureInfo Culture => CultureInfo.GetCultureInfo(Text.T("fr-FR", "en-GB"));
}
