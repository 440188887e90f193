using System.Text.Json;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Schedule;

namespace SwarmNet.Modules.Obligations.Domain;

/// <summary>Contract events carry the terms as JSON (docs/adr/0041): read them into the module's own types.</summary>
internal static class TermsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static List<ObligationTerm> Obligations(string json) =>
        (JsonSerializer.Deserialize<List<ObligationTerm?>>(json, Options) ?? []).OfType<ObligationTerm>().ToList();

    /// <summary>The royalty grid an afterPeriodEnd schedule needs; null when the contract has no (readable) royalty terms.</summary>
    public static RoyaltyGrid? Grid(JsonElement? royaltyTerms) =>
        royaltyTerms is { ValueKind: JsonValueKind.Object } terms
            ? RoyaltyGrid.From(Text(terms, "periodicity"), Text(terms, "royaltyYear"))
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
