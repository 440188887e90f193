using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

internal sealed class ReviewOccurrenceValidator : AbstractValidator<ReviewOccurrence>
{
    public ReviewOccurrenceValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).When(c => !c.Accept);
}

internal sealed class ReviewOccurrenceHandler(DbSession db, ActorContext actorContext, OccurrenceHistory history)
    : IRequestHandler<ReviewOccurrence, OccurrenceDto>
{
    public async Task<OccurrenceDto> Handle(ReviewOccurrence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await OccurrenceAccess.LoadVisibleAsync(db, actor, request.OccurrenceId, cancellationToken);
        if (!OccurrenceAccess.CanReview(actor, row))
            throw OccurrenceAccess.Forbidden("Seule l'équipe de la tête de réseau examine les échéances.", "Only the network head's team reviews occurrences.");
        if (row.State != OccurrenceStates.Submitted)
            throw new ConflictException(Text.T($"Seule une échéance déposée s'examine ; celle-ci est {OccurrenceStates.Label(row.State)}.",
                $"Only a submitted occurrence is reviewed; this one is {OccurrenceStates.Label(row.State)}."));
        if (row.Version != request.Version)
            throw OccurrenceAccess.Stale();
        var to = request.Accept ? OccurrenceStates.Accepted : OccurrenceStates.Rejected;
        if (!await history.MoveAsync(row, to, actor, request.Accept ? null : request.Reason!.Trim(), cancellationToken))
            throw OccurrenceAccess.Stale();
        return (await OccurrenceAccess.LoadVisibleAsync(db, actor, row.Id, cancellationToken)).ToDto();
    }
}
