using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;
using SwarmNet.Modules.Partnerships.Reading;

namespace SwarmNet.Modules.Partnerships.Drafting;

/// <summary>
/// The lead replaces a draft's content (partners included; the lead stays the lead). A stale version is refused (409), and the
/// signatures given to the former text are voided, each written in the history.
/// </summary>
internal sealed record UpdatePartnershipDraft(Guid PartnershipId, int Version, PartnershipContent? Content) : ICommand<PartnershipDto>;

internal sealed class UpdatePartnershipDraftHandler(ActorContext actorContext, DraftEdits<PartnershipKind> drafts, PartnerCheck partners, PartnershipRows rows,
    PartnershipWrites writes, IMediator mediator, TimeProvider clock) : IRequestHandler<UpdatePartnershipDraft, PartnershipDto>
{
    public async Task<PartnershipDto> Handle(UpdatePartnershipDraft request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var contract = await drafts.LoadForEditAsync(actor, request.PartnershipId, request.Version, cancellationToken);
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        if (errors.Count == 0 && request.Content!.Lead.OrganizationId != contract.GrantorOrganizationId)
            errors.Add(new("/content/partners", Text.T("Le chef de file ne change pas : c'est un autre contrat à rédiger.", "The lead partner does not change: that is another contract to draft.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        var partnership = await partners.CheckAsync(actor, request.Content!, contract.NetworkId, contract.CandidacyId, errors, cancellationToken);
        if (errors.Count > 0 || partnership is null)
            throw new InputValidationException(errors);

        var before = (await rows.LoadAsync(contract.Id, cancellationToken)).ContentOf();
        if (!await writes.ReplaceAsync(contract.Id, request.Version, request.Content!, partnership, clock.GetUtcNow(), cancellationToken))
            throw ContractAccess.Stale(PartnershipKind.Info.Noun);
        await drafts.EditedAsync(contract, DraftEdits<PartnershipKind>.Changes(before, request.Content!), actor, cancellationToken);
        return await mediator.Send(new GetPartnership(contract.Id), cancellationToken);
    }
}
