using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>
/// A partner reports its own indicator values for a period that is over (each partner for itself: the lead does not report
/// for the others). Reporting the same period again corrects it; a period overlapping another of its reports is refused,
/// so nothing counts twice. A listed reporter's report meets its quarterly obligation, values as evidence.
/// </summary>
internal sealed record ReportIndicators(Guid PartnershipId, Guid? OrganizationId, DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<IndicatorReportValue?>? Values)
    : ICommand<ReportDto>;

internal sealed class ReportIndicatorsHandler(PartnershipAccess access, DbSession db, ActorContext actorContext, ContractHistory<PartnershipKind> history,
    Outbox outbox, IMediator mediator, TimeProvider clock) : IRequestHandler<ReportIndicators, ReportDto>
{
    public async Task<ReportDto> Handle(ReportIndicators request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (contract, row) = await access.LoadRunningAsync(actor, request.PartnershipId, cancellationToken);
        var reporter = Reporter(actor, row, request.OrganizationId);
        var content = row.ContentOf();
        var today = ContractDay.Today(clock);
        var errors = ReportRules.Validate(content.IndicatorList, request.PeriodStart, request.PeriodEnd, request.Values, contract.EffectiveDate, contract.LastDay, today);
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        var (start, end) = (request.PeriodStart!.Value, request.PeriodEnd!.Value);
        var period = new { ContractId = contract.Id, OrganizationId = reporter, Start = start, End = end };
        if (await db.ExecuteScalarAsync<long>(CountOverlapsSql, period, cancellationToken) > 0)
            throw new InputValidationException("/periodStart", Text.T("Cette période chevauche un autre rapport de ce partenaire : corrigez celui-là, ou déclarez une période distincte.",
                "This period overlaps another report of this partner: correct that one, or report a separate period."));

        var previous = await db.ExecuteScalarAsync<int?>(SelectVersionSql, period, cancellationToken);
        await db.ExecuteAsync(DeleteValuesSql, period, cancellationToken);
        await db.ExecuteAsync(DeleteReportSql, period, cancellationToken);
        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertReportSql, new
        {
            Id = id, ContractId = contract.Id, OrganizationId = reporter, Start = start, End = end, Now = clock.GetUtcNow(), ActorId = actor.UserId,
            ActorName = actor.DisplayName, Version = (previous ?? 0) + 1,
        }, cancellationToken);
        var values = Flatten(content.IndicatorList, request.Values!.OfType<IndicatorReportValue>());
        await db.ExecuteAsync(db.Dialect.Provider == DatabaseProvider.SqlServer ? SqlServerInsertValuesSql : SqliteInsertValuesSql, new
        {
            ReportId = id, ContractId = contract.Id, OrganizationId = reporter, Start = start, End = end,
            Rows = JsonSerializer.Serialize(values.Select(v => new { indicator = v.Indicator, breakdown = v.Breakdown, value = Money.ToCents(v.Value) })),
        }, cancellationToken);

        var what = Text.T($"Indicateurs de {row.NameOf(reporter)} du {start:dd/MM/yyyy} au {end:dd/MM/yyyy}{(previous is null ? "" : " (correction)")}",
            $"Indicators of {row.NameOf(reporter)} from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}{(previous is null ? "" : " (correction)")}");
        await history.RecordAsync(contract.Id, previous is null ? "indicatorsReported" : "indicatorsCorrected", what, actor, cancellationToken);
        if (content.Reporting?.ReporterOrganizationIds?.ToList().IndexOf(reporter) is int position && position >= 0)
            await outbox.PublishAsync(new PartnershipObligationMet(contract.Id, ReportingTerms.ObligationCode(position + 1), today, null, start, end, actor.UserId,
                actor.DisplayName, what, values.ToDictionary(v => v.Breakdown.Length == 0 ? v.Indicator : $"{v.Indicator}.{v.Breakdown}", v => v.Value)), cancellationToken);
        return (await mediator.Send(new ListReports(contract.Id, reporter, start, end), cancellationToken)).Single();
    }

    /// <summary>The partner named, or the only one the actor belongs to; the actor reports for its own organisation only.</summary>
    private static Guid Reporter(Actor actor, PartnershipRow row, Guid? asked)
    {
        var mine = row.Partners.Where(p => actor.Memberships.Any(m => m.OrganizationId == p.OrganizationId)).Select(p => p.OrganizationId).ToList();
        var reporter = asked ?? (mine.Count == 1 ? mine[0]
            : throw new InputValidationException("/organizationId", Text.T("Précisez pour quel partenaire vous déclarez (organizationId).", "Say which partner you report for (organizationId).")));
        if (row.Partners.All(p => p.OrganizationId != reporter))
            throw new InputValidationException("/organizationId", Text.T("Un des partenaires du contrat.", "One of the contract's partners."));
        return actor.IsPlatformAdmin || mine.Contains(reporter) ? reporter
            : throw new ForbiddenException(Text.T("Chaque partenaire déclare ses propres valeurs.", "Each partner reports its own values."));
    }

    /// <summary>One row per indicator and per breakdown given, under the codes the contract defines.</summary>
    private static List<ReportedValue> Flatten(IReadOnlyList<IndicatorTerms> indicators, IEnumerable<IndicatorReportValue> values) => values.SelectMany(v =>
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
