using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>Every change to a licence is written down: who, when, what (an action name and a readable detail).</summary>
internal sealed class LicenceHistory(DbSession db, TimeProvider clock)
{
    public Task RecordAsync(Guid licenceId, string action, string? details, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), LicenceId = licenceId, Action = action, Details = details,
            ActorId = actor.UserId, ActorName = actor.DisplayName, At = clock.GetUtcNow(),
        }, ct);

    /// <summary>Numbered per licence: changes in one command share an instant, and v7 ids are not ordered within a millisecond.</summary>
    internal const string InsertSql = """
        INSERT INTO licences_history (id, licence_id, position, action, details, actor_id, actor_name, at)
        SELECT @Id, @LicenceId, COALESCE(MAX(position), 0) + 1, @Action, @Details, @ActorId, @ActorName, @At
        FROM licences_history WHERE licence_id = @LicenceId
        """;
}
