using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Running;

internal sealed record ResumeLicence(Guid LicenceId, int Version) : ICommand<LicenceDto>;

internal sealed class ResumeLicenceHandler(DbSession db, ActorContext actorContext, LicenceHistory history, LicenceAnnouncements announce,
    IMediator mediator, TimeProvider clock) : IRequestHandler<ResumeLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(ResumeLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await Transitions.LoadForMoveAsync(db, actor, request.LicenceId, request.Version, ContractStatus.Active, cancellationToken);
        var today = Today.Of(clock);
        await Transitions.ApplyAsync(db, ResumeSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "resumed", $"Suspendue depuis le {row.SuspendedOn:dd/MM/yyyy}", actor, cancellationToken);
        await announce.ResumedAsync(row, today, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    internal const string ResumeSql = """
        UPDATE licences_licences SET status = 'Active', suspended_on = NULL, suspension_reason = NULL, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Suspended' AND version = @Version
        """;
}
