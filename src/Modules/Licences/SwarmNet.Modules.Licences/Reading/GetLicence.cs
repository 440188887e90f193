using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>One licence with its amendments and history, for its parties' members only.</summary>
internal sealed record GetLicence(Guid Id) : IQuery<LicenceDto>;

internal sealed class GetLicenceHandler(DbSession db, ActorContext actor) : IRequestHandler<GetLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(GetLicence request, CancellationToken cancellationToken)
    {
        var row = await LicenceAccess.LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        var amendments = await db.QueryAsync<AmendmentRow>(SelectAmendmentsSql, new { row.Id }, cancellationToken);
        var history = await db.QueryAsync<HistoryRow>(SelectHistorySql, new { row.Id }, cancellationToken);
        var termination = row is { Status: BuildingBlocks.ContractLifecycle.ContractStatus.Terminated, EndedOn: { } on }
            ? new TerminationDto(on, row.TerminationGround ?? "", row.TerminatedById, row.TerminatedByName ?? "")
            : null;
        return new LicenceDto(row.Id, row.GrantorOrganizationId, row.GrantorName, row.LicenseeOrganizationId, row.LicenseeName,
            row.NetworkId, row.CandidacyId, row.Status, row.Content, row.RenewalDecision, row.Term.RenewalDecisionDue, row.SignedAt,
            row.ActivatedOn, row.SuspendedOn, row.SuspensionReason, row.EndedOn, termination, row.CreatedAt, row.Version,
            amendments.Select(a => a.ToDto()).ToList(), history.Select(h => h.ToDto()).ToList());
    }

    internal const string SelectAmendmentsSql = """
        SELECT number, effective_date, summary, royalty_terms, obligation_terms, created_at, created_by_name
        FROM licences_amendments WHERE licence_id = @Id ORDER BY number
        """;

    internal const string SelectHistorySql =
        "SELECT action, details, actor_id, actor_name, at FROM licences_history WHERE licence_id = @Id ORDER BY position";

    private sealed class AmendmentRow
    {
        public int Number { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public string Summary { get; init; } = "";
        public string? RoyaltyTerms { get; init; }
        public string? ObligationTerms { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string CreatedByName { get; init; } = "";

        public AmendmentDto ToDto() => new(Number, EffectiveDate, Summary, LicenceJson.ReadOrNull<RoyaltyTerms>(RoyaltyTerms),
            LicenceJson.ReadOrNull<ObligationTerm[]>(ObligationTerms), CreatedAt, CreatedByName);
    }

    private sealed class HistoryRow
    {
        public string Action { get; init; } = "";
        public string? Details { get; init; }
        public Guid? ActorId { get; init; }
        public string ActorName { get; init; } = "";
        public DateTimeOffset At { get; init; }

        public HistoryEntryDto ToDto() => new(Action, Details, ActorId, ActorName, At);
    }
}
