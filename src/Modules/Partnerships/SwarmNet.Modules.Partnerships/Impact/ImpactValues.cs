using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>Reads reported values in one query: of one contract, or of several (a network's, a partner's), within a date range.</summary>
internal sealed class ImpactValues(DbSession db)
{
    public async Task<IReadOnlyList<(Guid ContractId, ReportedValue Value)>> ReadAsync(IReadOnlyCollection<Guid> contractIds, Guid? organizationId, DateRange range,
        CancellationToken ct)
    {
        if (contractIds.Count == 0)
            return [];
        var rows = await db.QueryAsync<ValueRow>(SelectSql, new
        {
            ContractIds = contractIds.Select(id => id.ToString("D")).ToArray(), OrganizationId = organizationId, range.From, range.To,
        }, ct);
        return rows.Select(r => (r.ContractId, new ReportedValue(r.OrganizationId, r.PeriodStart, r.PeriodEnd, r.IndicatorCode, r.BreakdownCode, Money.FromCents(r.ValueHundredths))))
            .ToList();
    }

    internal const string SelectSql = """
        SELECT contract_id, organization_id, period_start, period_end, indicator_code, breakdown_code, value_hundredths FROM partnerships_report_values
        WHERE contract_id IN @ContractIds AND (@OrganizationId IS NULL OR organization_id = @OrganizationId)
          AND (@From IS NULL OR period_start >= @From) AND (@To IS NULL OR period_end <= @To)
        """;

    private sealed class ValueRow
    {
        public Guid ContractId { get; init; }
        public Guid OrganizationId { get; init; }
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public string IndicatorCode { get; init; } = "";
        public string BreakdownCode { get; init; } = "";
        public long ValueHundredths { get; init; }
    }
}
