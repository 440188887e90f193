using FluentValidation;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>The reports of a partnership every partner reads, the latest period first: of one partner, within a date range, if asked.</summary>
internal sealed record ListReports(Guid PartnershipId, Guid? OrganizationId = null, DateOnly? From = null, DateOnly? To = null) : IQuery<IReadOnlyList<ReportDto>>;

internal sealed class ListReportsValidator : AbstractValidator<ListReports>
{
    public ListReportsValidator() => this.AddRangeRule(q => q.From, q => q.To);
}

internal sealed class ListReportsHandler(PartnershipAccess access, DbSession db, ImpactValues values, ActorContext actor) : IRequestHandler<ListReports, IReadOnlyList<ReportDto>>
{
    public async Task<IReadOnlyList<ReportDto>> Handle(ListReports request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var range = new DateRange(request.From, request.To);
        var reports = await db.QueryAsync<ReportRow>(SelectSql, new { ContractId = contract.Id, request.OrganizationId, range.From, range.To }, cancellationToken);
        var reported = (await values.ReadAsync([contract.Id], request.OrganizationId, range, cancellationToken)).Select(v => v.Value)
            .ToLookup(v => (v.OrganizationId, v.PeriodStart, v.PeriodEnd));
        var indicators = row.ContentOf().IndicatorList;
        return reports.Select(r => new ReportDto(r.Id, r.OrganizationId, row.NameOf(r.OrganizationId), r.PeriodStart, r.PeriodEnd, r.Version, r.ReportedAt, r.ReportedByName,
            Values(indicators, reported[(r.OrganizationId, r.PeriodStart, r.PeriodEnd)].ToList()))).ToList();
    }

    /// <summary>In the order the contract lists its indicators and breakdowns.</summary>
    private static List<ReportedIndicatorDto> Values(IReadOnlyList<IndicatorTerms> indicators, IReadOnlyList<ReportedValue> values) => indicators
        .Select(i => (Indicator: i, Mine: values.Where(v => v.Indicator == i.Code).ToList()))
        .Where(x => x.Mine.Any(v => v.IsTotal))
        .Select(x => new ReportedIndicatorDto(x.Indicator.Code!, x.Indicator.Label!, x.Indicator.Unit!, x.Mine.First(v => v.IsTotal).Value,
            x.Indicator.BreakdownList.SelectMany(b => x.Mine.Where(v => v.Breakdown == b.Code).Select(v => new ReportedBreakdownDto(b.Code!, b.Label!, v.Value))).ToList()))
        .ToList();

    internal const string SelectSql = """
        SELECT id, organization_id, period_start, period_end, version, reported_at, reported_by_name FROM partnerships_reports
        WHERE contract_id = @ContractId AND (@OrganizationId IS NULL OR organization_id = @OrganizationId)
          AND (@From IS NULL OR period_start >= @From) AND (@To IS NULL OR period_end <= @To)
        ORDER BY period_start DESC, period_end DESC, organization_id
        """;

    private sealed class ReportRow
    {
        public Guid Id { get; init; }
        public Guid OrganizationId { get; init; }
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public int Version { get; init; }
        public DateTimeOffset ReportedAt { get; init; }
        public string ReportedByName { get; init; } = "";
    }
}
