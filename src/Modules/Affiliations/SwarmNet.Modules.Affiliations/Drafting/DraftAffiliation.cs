using Dapper;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Reading;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Affiliations.Drafting;

/// <summary>
/// A network head's staff draft an affiliation agreement with a local structure, optionally for its candidacy: the
/// signs' brands must be the head's own, and tell the network the agreement belongs to.
/// </summary>
internal sealed record DraftAffiliation(Guid GrantorOrganizationId, Guid AffiliateOrganizationId, Guid? NetworkId, Guid? CandidacyId, AffiliationContent? Content)
    : ICommand<AffiliationDto>;

internal sealed class DraftAffiliationHandler(DbSession db, ActorContext actorContext, ContractParties parties, SignsGate signs,
    DraftEdits<AffiliationKind> drafts, IMediator mediator, TimeProvider clock) : IRequestHandler<DraftAffiliation, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(DraftAffiliation request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        var party = await parties.CheckAsync(actor, AffiliationKind.Info.Noun, request.GrantorOrganizationId, request.AffiliateOrganizationId,
            request.NetworkId, request.CandidacyId, errors, "/affiliateOrganizationId", cancellationToken);
        var networkId = errors.Count == 0 && party is not null
            ? await signs.NetworkOfAsync(party.GrantorId, request.Content!.DistinctiveSigns!, party.NetworkId, "/content", errors, cancellationToken)
            : null;
        if (errors.Count > 0 || party is null || networkId is not { } network)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        var parameters = new DynamicParameters(ContentParameters.Of(request.Content!));
        parameters.AddDynamicParams(new
        {
            Id = id, GrantorId = party.GrantorId, GrantorName = party.GrantorName, AffiliateId = party.GranteeId, AffiliateName = party.GranteeName,
            NetworkId = network, NetworkName = (await mediator.Send(new GetNetwork(network), cancellationToken)).Name, party.CandidacyId,
            Status = nameof(ContractStatus.Draft), Decision = nameof(RenewalDecision.None), Now = clock.GetUtcNow(),
        });
        await db.ExecuteAsync(InsertSql, parameters, cancellationToken);
        await drafts.DraftedAsync(id, party.GranteeName, actor, cancellationToken);
        return await mediator.Send(new GetAffiliation(id), cancellationToken);
    }

    internal const string InsertSql = """
        INSERT INTO affiliations_contracts (
            id, grantor_organization_id, grantor_name, grantee_organization_id, grantee_name, network_id, network_name, candidacy_id,
            distinctive_signs, services, exclusive, royalty_terms, obligation_terms, exit_terms,
            effective_date, end_date, tacit_renewal, renewal_months, notice_days, renewal_decision, status, created_at, updated_at, version)
        VALUES (
            @Id, @GrantorId, @GrantorName, @AffiliateId, @AffiliateName, @NetworkId, @NetworkName, @CandidacyId,
            @DistinctiveSigns, @Services, @Exclusive, @RoyaltyTerms, @ObligationTerms, @ExitTerms,
            @EffectiveDate, @EndDate, @TacitRenewal, @RenewalMonths, @NoticeDays, @Decision, @Status, @Now, @Now, 1)
        """;
}
