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

/// <summary>
/// Renew or not at the end of the term; the daily job applies it. Notice of non-renewal must come by the deadline
/// (end − notice days); a renewal agreed later is still accepted, since both parties want it.
/// </summary>
internal sealed record DecideLicenceRenewal(Guid LicenceId, int Version, RenewalDecision Decision) : ICommand<LicenceDto>;

internal sealed class DecideLicenceRenewalHandler(DbSession db, ActorContext actorContext, LicenceHistory history, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DecideLicenceRenewal, LicenceDto>
{
    public async Task<LicenceDto> Handle(DecideLicenceRenewal request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await LicenceAccess.LoadManagedAsync(db, actor, request.LicenceId, cancellationToken);
        if (row.Status is not (ContractStatus.Signed or ContractStatus.Active or ContractStatus.Suspended))
            throw new ConflictException(Text.T("Le renouvellement se décide sur une licence signée ou en cours.", "Renewal is decided on a signed or running licence."));
        if (row.Version != request.Version)
            throw LicenceAccess.Stale();
        if (row.Term.RenewalDecisionDue is not { } due)
            throw new InputValidationException("/decision", Text.T("Une licence à durée indéterminée ne se renouvelle pas.", "An indefinite licence does not renew."));
        if (request.Decision == RenewalDecision.DoNotRenew && Today.Of(clock) > due)
            throw new InputValidationException("/decision", Text.T($"Le préavis de non-renouvellement devait être donné au plus tard le {due:dd/MM/yyyy}.",
                $"Notice of non-renewal was due by {due:yyyy-MM-dd}."));
        await Transitions.ApplyAsync(db, DecideSql, new { row.Id, request.Version, Decision = request.Decision.ToString(), Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "renewalDecided", request.Decision.ToString(), actor, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    internal const string DecideSql = """
        UPDATE licences_licences SET renewal_decision = @Decision, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}
