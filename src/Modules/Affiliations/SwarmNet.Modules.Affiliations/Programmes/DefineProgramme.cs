using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>The network head's staff define a collective programme of their network (negotiated purchasing, shared advocacy, trainings…).</summary>
internal sealed record DefineProgramme(Guid NetworkId, ProgrammeKind? Kind, string? Name, string? Description) : ICommand<ProgrammeDto>;

internal sealed class DefineProgrammeHandler(DbSession db, ActorContext actorContext, NetworkAccess networks, TimeProvider clock)
    : IRequestHandler<DefineProgramme, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(DefineProgramme request, CancellationToken cancellationToken)
    {
        var network = await networks.ManagedAsync(request.NetworkId, Text.T("Seule l'équipe de la tête de réseau définit ses programmes.",
            "Only the network head's staff define its programmes."), cancellationToken);
        var errors = ProgrammeDefinition.Validate(request.Kind, request.Name, request.Description);
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        var name = request.Name!.Trim();
        await db.LockAsync($"affiliations-programmes-{network.Id:N}", cancellationToken);
        if (await db.ExecuteScalarAsync<long>(SameNameSql, new { NetworkId = network.Id, Name = name }, cancellationToken) > 0)
            throw new InputValidationException("/name", Text.T("Le réseau a déjà un programme de ce nom.", "The network already has a programme of that name."));

        var row = new ProgrammeRow
        {
            Id = Guid.CreateVersion7(), NetworkId = network.Id, Kind = request.Kind!.Value, Name = name,
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(), CreatedOn = ContractDay.Today(clock),
        };
        await db.ExecuteAsync(InsertSql, new
        {
            row.Id, row.NetworkId, Kind = row.Kind.ToString(), row.Name, row.Description, row.CreatedOn, By = actorContext.Current.DisplayName,
        }, cancellationToken);
        return row.Dto(headSide: true);
    }

    internal const string SameNameSql = "SELECT COUNT(*) FROM affiliations_programmes WHERE network_id = @NetworkId AND name = @Name";

    internal const string InsertSql = """
        INSERT INTO affiliations_programmes (id, network_id, kind, name, description, created_on, created_by_name)
        VALUES (@Id, @NetworkId, @Kind, @Name, @Description, @CreatedOn, @By)
        """;
}
