using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Persistence;
using SwarmNet.Modules.Affiliations.Programmes;

namespace SwarmNet.Modules.Affiliations.Reading;

/// <summary>One agreement with everything the kernel keeps of it, for its parties' members only (404 to anyone else).</summary>
internal sealed record GetAffiliation(Guid Id) : IQuery<AffiliationDto>;

internal sealed class GetAffiliationHandler(DbSession db, ActorContext actor, AffiliationRecords records, ContractViewReader<AffiliationKind> kernel,
    TimeProvider clock)
    : IRequestHandler<GetAffiliation, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(GetAffiliation request, CancellationToken cancellationToken)
    {
        var record = await records.VisibleAsync(actor.Current, request.Id, cancellationToken);
        var c = record.Contract;
        var view = await kernel.ReadAsync(c, cancellationToken);
        var lifecycle = new LifecycleDto(c.CreatedAt, c.SignedAt, c.ActivatedOn, c.SuspendedOn, c.SuspensionReason, c.EndedOn,
            c.Status == ContractStatus.Terminated ? c.TerminationGround : null, c.RenewalDecision, c.Term.RenewalDecisionDue);
        return new AffiliationDto(c.Id, c.Version, c.Status, new PartyDto(c.GrantorOrganizationId, c.GrantorName),
            new PartyDto(c.GranteeOrganizationId, c.GranteeName), record.NetworkId, record.Own.NetworkName, c.CandidacyId, record.Content, lifecycle, view,
            view.ExitChecklist.Count > 0 && view.ExitChecklist.All(i => i.Done), await CharterAsync(c.Id, cancellationToken),
            (await db.QueryAsync<ParticipationRow>(ProgrammesSql, new { c.Id }, cancellationToken)).Select(r => r.Dto).ToList());
    }

    private async Task<IReadOnlyList<CharterAcknowledgementDto>> CharterAsync(Guid id, CancellationToken ct)
    {
        var today = ContractDay.Today(clock);
        return (await db.QueryAsync<AcknowledgementRow>(CharterSql, new { Id = id }, ct)).Select(r => r.Dto(today)).ToList();
    }

    internal const string ProgrammesSql = """
        SELECT p.id, p.kind, p.name, pp.joined_on, pp.joined_by_name
        FROM affiliations_programme_participations pp JOIN affiliations_programmes p ON p.id = pp.programme_id
        WHERE pp.contract_id = @Id AND pp.left_on IS NULL ORDER BY p.name, p.id
        """;

    internal const string CharterSql = AcknowledgementRow.FromSql + " WHERE a.contract_id = @Id ORDER BY a.number DESC";
}
