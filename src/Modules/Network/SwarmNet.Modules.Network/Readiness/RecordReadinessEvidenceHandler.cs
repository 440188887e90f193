using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Readiness;

internal sealed class RecordReadinessEvidenceValidator : AbstractValidator<RecordReadinessEvidence>
{
    public RecordReadinessEvidenceValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

internal sealed class RecordReadinessEvidenceHandler(DbSession db, ActorContext actorContext, IMediator mediator, ReadinessTicks ticks)
    : IRequestHandler<RecordReadinessEvidence, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(RecordReadinessEvidence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var candidacy = await ReadinessTicks.LoadForTickingAsync(db, actor, request.CandidacyId, cancellationToken);
        await ticks.ApplyAsync(candidacy, request.ItemId, request.Done, request.Note, request.Date, null, actor, cancellationToken);
        return await mediator.Send(new GetCandidacy(candidacy.Id), cancellationToken);
    }
}
