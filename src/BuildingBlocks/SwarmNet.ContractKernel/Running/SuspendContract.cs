namespace SwarmNet.ContractKernel.Running;

/// <summary>The grantor suspends a contract in force (e.g. unpaid royalties): obligations stop falling due until it resumes.</summary>
public sealed record SuspendContract<TKind>(Guid ContractId, int Version, string? Reason) : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class SuspendContractHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, ContractAnnouncer<TKind> announce, TimeProvider clock) : IRequestHandler<SuspendContract<TKind>, ContractChange>
    where TKind : IContractKind
{
    public async Task<ContractChange> Handle(SuspendContract<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await store.LoadManagedAsync(actor, request.ContractId, cancellationToken);
        var reason = Moves.RequiredText(request.Reason, "/reason", 1000);
        Moves.Ensure(row, ContractStatus.Suspended, TKind.Info.Noun);
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        var today = ContractDay.Today(clock);
        await db.ApplyAsync(SuspendSql, new { row.Id, request.Version, Day = today, Reason = reason, Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "suspended", reason, actor, cancellationToken);
        await announce.AnnounceAsync(row.Id, new ContractFact.Suspended(today, reason), cancellationToken);
        return new ContractChange(row.Id, request.Version + 1, ContractStatus.Suspended);
    }

    internal const string SuspendSql = """
        UPDATE {{CONTRACTS}} SET status = 'Suspended', suspended_on = @Day, suspension_reason = @Reason, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Active' AND version = @Version
        """;
}
