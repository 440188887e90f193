using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Obligations.Occurrences;

/// <summary>Every change of state, with who and when; what generation and the daily job write set-based, people write here.</summary>
internal sealed class OccurrenceHistory(DbSession db, TimeProvider clock)
{
    public Task RecordAsync(Guid occurrenceId, string? from, string to, Actor actor, string? note, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new { OccurrenceId = occurrenceId, Now = clock.GetUtcNow(), From = from, To = to, ActorId = actor.UserId, ActorName = actor.DisplayName, Note = note }, ct);

    internal const string InsertSql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        VALUES (@OccurrenceId, @Now, @From, @To, @ActorId, @ActorName, @Note)
        """;

    /// <summary>Moves an occurrence if nobody moved it since it was read (version); records the change. False otherwise.</summary>
    public async Task<bool> MoveAsync(OccurrenceRow row, string to, Actor actor, string? note, CancellationToken ct, Submission? submission = null)
    {
        var moved = await db.ExecuteAsync(MoveSql, new
        {
            row.Id, row.Version, To = to, Reason = note, submission?.SubmittedOn, submission?.Indicators, submission?.DeclarationId,
            submission?.DeclarationVersion,
        }, ct);
        if (moved == 0)
            return false;
        await RecordAsync(row.Id, row.State, to, actor, note, ct);
        return true;
    }

    internal const string MoveSql = """
        UPDATE obligations_occurrences SET state = @To, reason = @Reason, submitted_on = COALESCE(@SubmittedOn, submitted_on),
            indicators = COALESCE(@Indicators, indicators), declaration_id = COALESCE(@DeclarationId, declaration_id),
            declaration_version = COALESCE(@DeclarationVersion, declaration_version), version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}

/// <summary>What a submission records beside the state: the day, and the indicator values or declaration it brings.</summary>
internal sealed record Submission(DateOnly SubmittedOn, string? Indicators = null, Guid? DeclarationId = null, int? DeclarationVersion = null);
