namespace SwarmNet.ContractKernel.Running;

/// <summary>The day notice takes effect: the status becomes terminated, written down and announced (by the job, or at once for no notice).</summary>
public sealed class Terminations<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ContractHistory<TKind> history,
    ContractAnnouncer<TKind> announce, TimeProvider clock) where TKind : IContractKind
{
    /// <summary>False when another host got there first (the row's version moved).</summary>
    public async Task<bool> ApplyAsync(Guid id, int version, DateOnly on, Actor actor, CancellationToken ct)
    {
        if (await db.ExecuteAsync(TerminateSql, new { Id = id, Version = version, On = on, Now = clock.GetUtcNow() }, ct) == 0)
            return false;
        var row = await store.LoadAsync(id, ct);
        await history.RecordAsync(id, "terminated", Text.T($"{TKind.Info.Noun.Agree("Résilié", "Résiliée")} le {on:dd/MM/yyyy} : {row!.TerminationGround}", $"Terminated on {on:yyyy-MM-dd}: {row.TerminationGround}"),
            actor, ct);
        await announce.AnnounceAsync(id, new ContractFact.Terminated(on, row.TerminationGround ?? "", row.TerminatedByName ?? ""), ct);
        return true;
    }

    internal const string TerminateSql = """
        UPDATE {{CONTRACTS}} SET status = 'Terminated', ended_on = @On, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version AND status IN ('Signed', 'Active', 'Suspended')
        """;
}
