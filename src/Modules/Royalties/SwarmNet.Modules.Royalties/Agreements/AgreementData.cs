using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>What the calculator needs, read set-wise: agreements, their terms versions, their current declarations.</summary>
internal static class AgreementData
{
    public static Task<AgreementRow?> AgreementAsync(DbSession db, Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AgreementRow>(SelectAgreementSql, new { Id = id }, ct);

    /// <summary>Agreements drafted from one template share their terms text: each text is parsed once.</summary>
    public static async Task<ILookup<Guid, TermsVersion>> VersionsAsync(DbSession db, Guid? agreementId, CancellationToken ct)
    {
        var versions = await db.QueryAsync<TermsVersion>(SelectVersionsSql, new { AgreementId = agreementId }, ct);
        var parsed = new Dictionary<string, Contracts.Terms.RoyaltyTerms>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            if (!parsed.TryGetValue(version.Terms, out var terms))
                parsed[version.Terms] = terms = version.Parsed;
            version.Share(terms);
        }
        return versions.ToLookup(v => v.AgreementId);
    }

    /// <summary>Current declarations from <paramref name="from"/> on (of one agreement, or of all when null), by agreement and period start.</summary>
    public static async Task<Dictionary<Guid, Dictionary<DateOnly, DeclaredRevenue>>> DeclarationsAsync(
        DbSession db, Guid? agreementId, DateOnly from, CancellationToken ct)
    {
        var rows = await db.QueryAsync<DeclarationRow>(SelectDeclarationsSql, new { AgreementId = agreementId, From = from }, ct);
        var result = new Dictionary<Guid, Dictionary<DateOnly, DeclaredRevenue>>();
        foreach (var row in rows)
        {
            if (!result.TryGetValue(row.AgreementId, out var periods))
                result[row.AgreementId] = periods = [];
            periods[row.PeriodStart] = new DeclaredRevenue(row.PeriodStart, Revenue(row.Revenue), row.Version);
        }
        return result;
    }

    /// <summary>Revenue is stored as integer cents by category: {"livraison": 800000}.</summary>
    public static IReadOnlyDictionary<string, decimal> Revenue(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, long>>(json)!.ToDictionary(r => r.Key, r => Money.FromCents(r.Value), StringComparer.Ordinal);

    public static string RevenueJson(IReadOnlyDictionary<string, decimal> revenue) =>
        JsonSerializer.Serialize(revenue.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => Money.ToCents(r.Value)));

    private sealed class DeclarationRow
    {
        public Guid AgreementId { get; init; }
        public DateOnly PeriodStart { get; init; }
        public int Version { get; init; }
        public string Revenue { get; init; } = "";
    }

    internal const string SelectAgreementSql = "SELECT " + AgreementRow.Columns + " FROM royalties_agreements a WHERE a.id = @Id";

    internal const string SelectVersionsSql = "SELECT " + TermsVersion.Columns +
        " FROM royalties_terms_versions v WHERE (@AgreementId IS NULL OR v.agreement_id = @AgreementId) ORDER BY v.agreement_id, v.applies_from, v.number";

    internal const string SelectDeclarationsSql = """
        SELECT d.agreement_id, d.period_start, v.version, v.revenue
        FROM royalties_declarations d
        JOIN royalties_declaration_versions v ON v.declaration_id = d.id AND v.version = d.current_version
        WHERE (@AgreementId IS NULL OR d.agreement_id = @AgreementId) AND d.period_start >= @From
        """;
}
