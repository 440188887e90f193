using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;
using SwarmNet.Modules.Partnerships.Reading;

namespace SwarmNet.Modules.Partnerships.Drafting;

/// <summary>
/// The lead partner drafts a partnership contract with its partners, optionally in one of a partner's networks and for the
/// host structure's candidacy there (the kernel's readiness gate then applies at each signature).
/// </summary>
internal sealed record DraftPartnership(Guid? NetworkId, Guid? CandidacyId, PartnershipContent? Content) : ICommand<PartnershipDto>;

internal sealed class DraftPartnershipHandler(ActorContext actorContext, PartnerCheck partners, PartnershipWrites writes, DraftEdits<PartnershipKind> drafts,
    IMediator mediator, TimeProvider clock) : IRequestHandler<DraftPartnership, PartnershipDto>
{
    public async Task<PartnershipDto> Handle(DraftPartnership request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        var partnership = await partners.CheckAsync(actor, request.Content!, request.NetworkId, request.CandidacyId, errors, cancellationToken);
        if (errors.Count > 0 || partnership is null)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        await writes.InsertAsync(id, request.Content!, partnership, clock.GetUtcNow(), cancellationToken);
        await drafts.DraftedAsync(id, string.Join(", ", partnership.Partners.Where(p => p != partnership.Lead).Select(p => p.Name)), actor, cancellationToken);
        return await mediator.Send(new GetPartnership(id), cancellationToken);
    }
}
