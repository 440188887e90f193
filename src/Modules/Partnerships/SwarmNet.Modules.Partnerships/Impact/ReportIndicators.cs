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

internal sealed class ReportIndicatorsHandler(PartnershipAccess access, ReportWrites writes, ActorContext actorContext, ContractHistory<PartnershipKind> history,
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
        var period = new ReportWrites.Period(contract.Id, reporter, start, end);
        if (await writes.OverlapsAsync(period, cancellationToken))
            throw new InputValidationException("/periodStart", Text.T("Cette période chevauche un autre rapport de ce partenaire : corrigez celui-là, ou déclarez une période distincte.",
                "This period overlaps another report of this partner: correct that one, or report a separate period."));
        var values = ReportWrites.Flatten(content.IndicatorList, request.Values!.OfType<IndicatorReportValue>());
        var previous = await writes.ReplaceAsync(period, values, actor, cancellationToken);

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

}
