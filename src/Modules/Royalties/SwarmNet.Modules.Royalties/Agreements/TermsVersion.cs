using System.Text.Json;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// One version of an agreement's royalty terms: number 0 from the activation, n from amendment n, in force from
/// <see cref="AppliesFrom"/> until the next version's date (docs/adr/0100).
/// </summary>
internal sealed class TermsVersion
{
    public Guid AgreementId { get; init; }
    public int Number { get; init; }
    public DateOnly AppliesFrom { get; init; }
    public string Terms { get; init; } = "";

    private RoyaltyTerms? _parsed;

    public RoyaltyTerms Parsed => _parsed ??= StoredTerms.Read(Terms);

    /// <summary>Terms are immutable records: versions with the same text may share one parsed instance.</summary>
    public void Share(RoyaltyTerms parsed) => _parsed = parsed;

    public const string Columns = "v.agreement_id, v.number, v.applies_from, v.terms";

    /// <summary>The version in force on <paramref name="date"/>: the latest whose date is on or before it (the first one before any).</summary>
    public static TermsVersion InForce(IReadOnlyList<TermsVersion> versions, DateOnly date)
    {
        var current = versions[0];
        foreach (var version in versions)
        {
            if (version.AppliesFrom <= date && version.AppliesFrom >= current.AppliesFrom)
                current = version;
        }
        return current;
    }
}

/// <summary>Terms as stored: the contract's JSON, read leniently (the contract module validated it when it stored it).</summary>
internal static class StoredTerms
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static RoyaltyTerms Read(string json) => JsonSerializer.Deserialize<RoyaltyTerms>(json, Options)!;

    public static RoyaltyTerms? Read(JsonElement? json) => json is { ValueKind: JsonValueKind.Object } element
        ? element.Deserialize<RoyaltyTerms>(Options)
        : null;
}
