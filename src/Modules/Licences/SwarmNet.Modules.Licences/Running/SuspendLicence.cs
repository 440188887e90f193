using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Running;

/// <summary>Suspends an active licence (e.g. unpaid royalties); obligations stop falling due until it resumes.</summary>
internal sealed record SuspendLicence(Guid LicenceId, int Version, string Reason) : ICommand<LicenceDto>;

internal sealed class SuspendLicenceValidator : AbstractValidator<SuspendLicence>
{
    public SuspendLicenceValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

internal sealed class SuspendLicenceHandler(DbSession db, ActorContext actorContext, LicenceHistory history, LicenceAnnouncements announce,
    IMediator mediator, TimeProvider clock) : IRequestHandler<SuspendLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(SuspendLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await Transitions.LoadForMoveAsync(db, actor, request.LicenceId, request.Version, ContractStatus.Suspended, cancellationToken);
        var today = Today.Of(clock);
        var reason = request.Reason.Trim();
        await Transitions.ApplyAsync(db, SuspendSql, new { row.Id, request.Version, Day = today, Reason = reason, Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "suspended", reason, actor, cancellationToken);
        await announce.SuspendedAsync(row, today, reason, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    internal const string SuspendSql = """
        UPDATE licences_licences SET status = 'Suspended', suspended_on = @Day, suspension_reason = @Reason, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Active' AND version = @Version
        """;
}
