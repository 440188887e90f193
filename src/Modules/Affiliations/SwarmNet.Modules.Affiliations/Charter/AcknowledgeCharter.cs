using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Networks;
using SwarmNet.Modules.Affiliations.Persistence;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>
/// The affiliate's admin acknowledges a charter version put before its agreement: who and when are kept, written in the
/// agreement's history and told to Obligations (the duty is fulfilled, late or not). <see cref="On"/> is for the demo's
/// story only, never read from a request.
/// </summary>
internal sealed record AcknowledgeCharter(Guid AffiliationId, int Number, DateOnly? On = null) : ICommand<AffiliationDto>, IDurableCommand;

internal sealed class AcknowledgeCharterHandler(DbSession db, ActorContext actorContext, AffiliationRecords records, ContractHistory<AffiliationKind> history,
    Outbox outbox, IMediator mediator, TimeProvider clock) : IRequestHandler<AcknowledgeCharter, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(AcknowledgeCharter request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var contract = (await records.VisibleAsync(actor, request.AffiliationId, cancellationToken)).Contract;
        if (!AgreementActors.IsAffiliateAdmin(actor, contract))
            throw new ForbiddenException(Text.T("La prise de connaissance de la charte revient à l'administrateur·rice de la structure affiliée.",
                "Acknowledging the charter is for the affiliated structure's admin."));
        if (contract.Status is not (ContractStatus.Active or ContractStatus.Suspended))
            throw new ConflictException(Text.T($"{AffiliationKind.Info.Noun.The} est {AffiliationKind.Info.Noun.Status(contract.Status)} : la prise de connaissance de la charte se fait sous une convention en cours.",
                $"{AffiliationKind.Info.Noun.The} is {AffiliationKind.Info.Noun.Status(contract.Status)}: the charter is acknowledged under a running agreement only."));
        var pending = await db.QuerySingleOrDefaultAsync<AcknowledgementRow>(ByContractSql, new { ContractId = contract.Id, request.Number }, cancellationToken)
                      ?? throw new NotFoundException(Text.T($"La version {request.Number} de la charte n'a pas été adressée à cette convention.",
                          $"Charter version {request.Number} was not put before this agreement."));
        var on = request.On ?? ContractDay.Today(clock);
        if (pending.AcknowledgedAt is not null || await db.ExecuteAsync(AcknowledgeSql, new
            {
                ContractId = contract.Id, request.Number, At = clock.GetUtcNow(), On = on, ActorId = actor.UserId, ActorName = actor.DisplayName,
            }, cancellationToken) == 0)
            throw new ConflictException(Text.T($"La prise de connaissance de la version {request.Number} de la charte est déjà enregistrée.",
                $"Charter version {request.Number} was already acknowledged."));

        var late = on > pending.DueOn ? Text.T($" (attendue le {pending.DueOn:dd/MM/yyyy})", $" (due on {pending.DueOn:yyyy-MM-dd})") : "";
        await history.RecordAsync(contract.Id, "charterAcknowledged", Text.T(
            $"Charte, version {request.Number} : prise de connaissance le {on:dd/MM/yyyy} pour {contract.GranteeName}{late}",
            $"Charter, version {request.Number}: acknowledged on {on:yyyy-MM-dd} for {contract.GranteeName}{late}"), actor, cancellationToken);
        await outbox.PublishAsync(new CharterAcknowledged(contract.Id, request.Number, CharterDeadlines.Code(request.Number), on, actor.DisplayName), cancellationToken);
        return await mediator.Send(new GetAffiliation(contract.Id), cancellationToken);
    }

    internal const string ByContractSql = AcknowledgementRow.FromSql + " WHERE a.contract_id = @ContractId AND a.number = @Number";

    internal const string AcknowledgeSql = """
        UPDATE affiliations_charter_acknowledgements SET acknowledged_at = @At, acknowledged_on = @On, acknowledged_by_id = @ActorId, acknowledged_by_name = @ActorName
        WHERE contract_id = @ContractId AND number = @Number AND acknowledged_at IS NULL
        """;
}
