using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>Writes a partner's report for a period: the same period again replaces it (its version counting), values in one statement.</summary>
internal sealed class ReportWrites(DbSession db, TimeProvider clock)
{
    public sealed record Period(Guid ContractId, Guid OrganizationId, DateOnly Start, DateOnly End);

    public async Task<bool> OverlapsAsync(Period period, CancellationToken ct) => await db.ExecuteScalarAsync<long>(CountOverlapsSql, period, ct) > 0;

    /// <summary>The version the period had before (null for a first report).</summary>
    public async Task<int?> ReplaceAsync(Period period, IReadOnlyList<ReportedValue> values, Actor actor, CancellationToken ct)
    {
        var previous = await db.ExecuteScalarAsync<int?>(SelectVersionSql, period, ct);
        await db.ExecuteAsync(DeleteValuesSql, period, ct);
        await db.ExecuteAsync(DeleteReportSql, period, ct);
        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertReportSql, new
        {
            Id = id, period.ContractId, period.OrganizationId, period.Start, period.End, Now = clock.GetUtcNow(), ActorId = actor.UserId,
            ActorName = actor.DisplayName, Version = (previous ?? 0) + 1,
        }, ct);
        await db.ExecuteAsync(db.Dialect.Provider == DatabaseProvider.SqlServer ? SqlServerInsertValuesSql : SqliteInsertValuesSql, new
        {
            ReportId = id, period.ContractId, period.OrganizationId, period.Start, period.End,
            Rows = JsonSerializer.Serialize(values.Select(v => new { indicator = v.Indicator, breakdown = v.Breakdown, value = Money.ToCents(v.Value) })),
        }, ct);
        return previous;
    }

    /// <summary>One row per indicator and per breakdown given, under the codes the contract defines.</summary>
    public static List<ReportedValue> Flatten(IReadOnlyList<IndicatorTerms> indicators, IEnumerable<IndicatorReportValue> values) => values.SelectMany(v =>
    {
        var indicator = indicators.First(i => string.Equals(i.Code, v.Indicator, StringComparison.OrdinalIgnoreCase));
        var parts = (v.Breakdowns ?? new Dictionary<string, decimal?>())
            .Select(b => new ReportedValue(Guid.Empty, default, default, indicator.Code!, indicator.BreakdownList.First(d => string.Equals(d.Code, b.Key, StringComparison.OrdinalIgnoreCase)).Code!, b.Value!.Value));
        return parts.Prepend(new ReportedValue(Guid.Empty, default, default, indicator.Code!, "", v.Value!.Value));
    }).ToList();

    private const string SamePeriod = "contract_id = @ContractId AND organization_id = @OrganizationId AND period_start = @Start AND period_end = @End";

    internal const string CountOverlapsSql = """
        SELECT COUNT(*) FROM partnerships_reports WHERE contract_id = @ContractId AND organization_id = @OrganizationId
            AND period_start <= @End AND period_end >= @Start AND NOT (period_start = @Start AND period_end = @End)
        """;

    internal const string SelectVersionSql = "SELECT version FROM partnerships_reports WHERE " + SamePeriod;

    internal const string DeleteValuesSql = "DELETE FROM partnerships_report_values WHERE report_id IN (SELECT id FROM partnerships_reports WHERE " + SamePeriod + ")";

    internal const string DeleteReportSql = "DELETE FROM partnerships_reports WHERE " + SamePeriod;

    internal const string InsertReportSql = """
        INSERT INTO partnerships_reports (id, contract_id, organization_id, period_start, period_end, reported_at, reported_by_id, reported_by_name, version)
        VALUES (@Id, @ContractId, @OrganizationId, @Start, @End, @Now, @ActorId, @ActorName, @Version)
        """;

    internal const string SqliteInsertValuesSql = """
        INSERT INTO partnerships_report_values (report_id, contract_id, organization_id, period_start, period_end, indicator_code, breakdown_code, value_hundredths)
        SELECT @ReportId, @ContractId, @OrganizationId, @Start, @End, json_extract(r.value, '$.indicator'), json_extract(r.value, '$.breakdown'),
               json_extract(r.value, '$.value')
        FROM json_each(@Rows) r
        """;

    internal const string SqlServerInsertValuesSql = """
        INSERT INTO partnerships_report_values (report_id, contract_id, organization_id, period_start, period_end, indicator_code, breakdown_code, value_hundredths)
        SELECT @ReportId, @ContractId, @OrganizationId, @Start, @End, r.indicator, r.breakdown, r.value
        FROM OPENJSON(@Rows) WITH (indicator NVARCHAR(30) '$.indicator', breakdown NVARCHAR(30) '$.breakdown', value BIGINT '$.value') r
        """;
}
