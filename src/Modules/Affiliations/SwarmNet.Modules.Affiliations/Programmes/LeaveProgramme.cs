using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>The affiliate stops taking part in a programme, from today; the agreement keeps when it joined and left in its history.</summary>
internal sealed record LeaveProgramme(Guid AffiliationId, Guid ProgrammeId) : ICommand<AffiliationDto>;

internal sealed class LeaveProgrammeHandler(DbSession db, ActorContext actorContext, ProgrammeParticipation participation,
    ContractHistory<AffiliationKind> history, IMediator mediator, TimeProvider clock) : IRequestHandler<LeaveProgramme, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(LeaveProgramme request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (agreement, programme) = await participation.ForAsync(actor, request.AffiliationId, request.ProgrammeId, cancellationToken);
        var on = ContractDay.Today(clock);
        if (await db.ExecuteAsync(LeaveSql, new { ProgrammeId = programme.Id, ContractId = agreement.Id, On = on }, cancellationToken) == 0)
            throw new NotFoundException(Text.T($"{agreement.Contract.GranteeName} ne participe pas au programme « {programme.Name} ».",
                $"{agreement.Contract.GranteeName} does not take part in the programme \"{programme.Name}\"."));
        await history.RecordAsync(agreement.Id, "programmeLeft", Text.T($"Fin de la participation au programme « {programme.Name} » le {on:dd/MM/yyyy}",
            $"Stopped taking part in the programme \"{programme.Name}\" on {on:yyyy-MM-dd}"), actor, cancellationToken);
        return await mediator.Send(new GetAffiliation(agreement.Id), cancellationToken);
    }

    internal const string LeaveSql = """
        UPDATE affiliations_programme_participations SET left_on = @On
        WHERE programme_id = @ProgrammeId AND contract_id = @ContractId AND left_on IS NULL
        """;
}
