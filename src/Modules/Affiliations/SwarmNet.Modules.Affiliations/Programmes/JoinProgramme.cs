using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>The agreement records that its affiliate takes part in one of the network's programmes, from today (again, after leaving it).</summary>
internal sealed record JoinProgramme(Guid AffiliationId, Guid ProgrammeId, DateOnly? On = null) : ICommand<AffiliationDto>;

internal sealed class JoinProgrammeHandler(DbSession db, ActorContext actorContext, ProgrammeParticipation participation,
    ContractHistory<AffiliationKind> history, IMediator mediator, TimeProvider clock) : IRequestHandler<JoinProgramme, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(JoinProgramme request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (agreement, programme) = await participation.ForAsync(actor, request.AffiliationId, request.ProgrammeId, cancellationToken);
        var parameters = new { ProgrammeId = programme.Id, ContractId = agreement.Id, On = request.On ?? ContractDay.Today(clock), By = actor.DisplayName };
        if (await db.ExecuteAsync(RejoinSql, parameters, cancellationToken) + await db.ExecuteAsync(JoinSql, parameters, cancellationToken) == 0)
            throw new ConflictException(Text.T($"{agreement.Contract.GranteeName} participe déjà au programme « {programme.Name} ».",
                $"{agreement.Contract.GranteeName} already takes part in the programme \"{programme.Name}\"."));
        await history.RecordAsync(agreement.Id, "programmeJoined", Text.T($"Participation au programme « {programme.Name} » à partir du {parameters.On:dd/MM/yyyy}",
            $"Takes part in the programme \"{programme.Name}\" from {parameters.On:yyyy-MM-dd}"), actor, cancellationToken);
        return await mediator.Send(new GetAffiliation(agreement.Id), cancellationToken);
    }

    internal const string RejoinSql = """
        UPDATE affiliations_programme_participations SET joined_on = @On, joined_by_name = @By, left_on = NULL
        WHERE programme_id = @ProgrammeId AND contract_id = @ContractId AND left_on IS NOT NULL
        """;

    internal const string JoinSql = """
        INSERT INTO affiliations_programme_participations (programme_id, contract_id, joined_on, joined_by_name)
        SELECT @ProgrammeId, @ContractId, @On, @By
        WHERE NOT EXISTS (SELECT 1 FROM affiliations_programme_participations WHERE programme_id = @ProgrammeId AND contract_id = @ContractId)
        """;
}
