using Dapper;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Persistence;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Drafting;

/// <summary>Replaces a draft's content (its parties and network stay); a signature already given no longer holds.</summary>
internal sealed record UpdateAffiliationDraft(Guid Id, int Version, AffiliationContent? Content) : ICommand<AffiliationDto>;

internal sealed class UpdateAffiliationDraftHandler(DbSession db, ActorContext actorContext, DraftEdits<AffiliationKind> drafts, AffiliationRecords records,
    SignsGate signs, IMediator mediator, TimeProvider clock) : IRequestHandler<UpdateAffiliationDraft, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(UpdateAffiliationDraft request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var contract = await drafts.LoadForEditAsync(actor, request.Id, request.Version, cancellationToken);
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        if (errors.Count == 0)
            await signs.NetworkOfAsync(contract.GrantorOrganizationId, request.Content!.DistinctiveSigns!, contract.NetworkId, "/content", errors, cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var before = ContentParameters.Of((await records.LoadAsync(contract, cancellationToken)).Content);
        var after = ContentParameters.Of(request.Content!);
        var parameters = new DynamicParameters(after);
        parameters.AddDynamicParams(new { contract.Id, request.Version, Now = clock.GetUtcNow() });
        if (await db.ExecuteAsync(UpdateSql, parameters, cancellationToken) == 0)
            throw ContractAccess.Stale(AffiliationKind.Info.Noun);
        await drafts.EditedAsync(contract, DraftEdits<AffiliationKind>.Changes(before, after), actor, cancellationToken);
        return await mediator.Send(new GetAffiliation(contract.Id), cancellationToken);
    }

    internal const string UpdateSql = """
        UPDATE affiliations_contracts SET
            distinctive_signs = @DistinctiveSigns, services = @Services, exclusive = @Exclusive, royalty_terms = @RoyaltyTerms,
            obligation_terms = @ObligationTerms, exit_terms = @ExitTerms, effective_date = @EffectiveDate, end_date = @EndDate,
            tacit_renewal = @TacitRenewal, renewal_months = @RenewalMonths, notice_days = @NoticeDays, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Draft' AND version = @Version
        """;
}
