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

internal sealed class WaiveOccurrenceValidator : AbstractValidator<WaiveOccurrence>
{
    public WaiveOccurrenceValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

internal sealed class WaiveOccurrenceHandler(DbSession db, ActorContext actorContext, OccurrenceHistory history)
    : IRequestHandler<WaiveOccurrence, OccurrenceDto>
{
    public async Task<OccurrenceDto> Handle(WaiveOccurrence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await OccurrenceAccess.LoadVisibleAsync(db, actor, request.OccurrenceId, cancellationToken);
        if (!OccurrenceAccess.CanWaive(actor, row))
            throw OccurrenceAccess.Forbidden("Seuls les administrateurs de la tête de réseau dispensent d'une échéance.", "Only the network head's admins waive an occurrence.");
        if (!OccurrenceStates.IsOpen(row.State))
            throw new ConflictException(Text.T($"Une échéance {OccurrenceStates.Label(row.State)} ne se dispense plus.", $"A {OccurrenceStates.Label(row.State)} occurrence cannot be waived."));
        if (row.Version != request.Version)
            throw OccurrenceAccess.Stale();
        if (!await history.MoveAsync(row, OccurrenceStates.Waived, actor, request.Reason.Trim(), cancellationToken))
            throw OccurrenceAccess.Stale();
        return (await OccurrenceAccess.LoadVisibleAsync(db, actor, row.Id, cancellationToken)).ToDto();
    }
}
