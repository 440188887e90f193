using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Running;

/// <summary>Ends a signed, active or suspended licence early, recording the ground, the date (today by default) and who decided.</summary>
internal sealed record TerminateLicence(Guid LicenceId, int Version, string Ground, DateOnly? On = null) : ICommand<LicenceDto>;

internal sealed class TerminateLicenceValidator : AbstractValidator<TerminateLicence>
{
    public TerminateLicenceValidator() => RuleFor(c => c.Ground).NotEmpty().MaximumLength(1000);
}

internal sealed class TerminateLicenceHandler(DbSession db, ActorContext actorContext, LicenceHistory history, LicenceAnnouncements announce,
    IMediator mediator, TimeProvider clock) : IRequestHandler<TerminateLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(TerminateLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await Transitions.LoadForMoveAsync(db, actor, request.LicenceId, request.Version, ContractStatus.Terminated, cancellationToken);
        var on = request.On ?? Today.Of(clock);
        if (row.EndDate is { } end && on > end)
            throw new InputValidationException("/on", Text.T("La date de résiliation dépasse la fin du contrat.", "The termination date is after the contract's end."));
        var ground = request.Ground.Trim();
        await Transitions.ApplyAsync(db, TerminateSql, new
        {
            row.Id, request.Version, On = on, Ground = ground, ActorId = actor.UserId, ActorName = actor.DisplayName,
            From = row.Status.ToString(), Now = clock.GetUtcNow(),
        }, cancellationToken);
        await history.RecordAsync(row.Id, "terminated", $"{on:dd/MM/yyyy} : {ground}", actor, cancellationToken);
        await announce.TerminatedAsync(row, on, ground, actor.DisplayName, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    internal const string TerminateSql = """
        UPDATE licences_licences SET status = 'Terminated', ended_on = @On, termination_ground = @Ground, terminated_by_id = @ActorId,
            terminated_by_name = @ActorName, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = @From AND version = @Version
        """;
}
