using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>Who did what to a statement, and when: numbered per statement, never rewritten.</summary>
internal sealed class StatementHistory(DbSession db, TimeProvider clock)
{
    public Task RecordAsync(Guid statementId, string action, string state, string? comment, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            StatementId = statementId, Action = action, State = state, Comment = comment, ActorId = actor.UserId, ActorName = actor.DisplayName,
            Now = clock.GetUtcNow(),
        }, ct);

    internal const string InsertFirstSql = """
        INSERT INTO royalties_statement_history (statement_id, seq, action, state, comment, actor_id, actor_name, at)
        VALUES (@StatementId, 1, @Action, @State, NULL, @ActorId, @ActorName, @Now)
        """;

    internal const string InsertSql = """
        INSERT INTO royalties_statement_history (statement_id, seq, action, state, comment, actor_id, actor_name, at)
        SELECT @StatementId, COALESCE(MAX(seq), 0) + 1, @Action, @State, @Comment, @ActorId, @ActorName, @Now
        FROM royalties_statement_history WHERE statement_id = @StatementId
        """;
}
