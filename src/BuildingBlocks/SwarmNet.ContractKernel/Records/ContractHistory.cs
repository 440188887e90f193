namespace SwarmNet.ContractKernel.Records;

/// <summary>Every change to a contract is written down: who, when, what (an action name and a readable detail).</summary>
public sealed class ContractHistory<TKind>(ContractDb<TKind> db, TimeProvider clock) where TKind : IContractKind
{
    /// <summary>The daily job, as the history names it.</summary>
    public static readonly Actor Job = Actor.System with { DisplayName = "SwarmNet (tâche quotidienne)" };

    public Task RecordAsync(Guid contractId, string action, string? details, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = contractId, Action = action, Details = details,
            ActorId = actor.UserId, ActorName = actor.DisplayName, At = clock.GetUtcNow(),
        }, ct);

    /// <summary>Numbered per contract: changes in one command share an instant, and v7 ids are not ordered within a millisecond.</summary>
    internal const string InsertSql = """
        INSERT INTO {{P}}_history (id, {{CONTRACT_ID}}, position, action, details, actor_id, actor_name, at)
        SELECT @Id, @ContractId, COALESCE(MAX(position), 0) + 1, @Action, @Details, @ActorId, @ActorName, @At
        FROM {{P}}_history WHERE {{CONTRACT_ID}} = @ContractId
        """;
}
