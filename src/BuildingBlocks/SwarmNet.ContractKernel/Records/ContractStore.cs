namespace SwarmNet.ContractKernel.Records;

/// <summary>Loads the kernel's view of a contract for an actor: 404 to outsiders, 403 to a party without the right.</summary>
public sealed class ContractStore<TKind>(ContractDb<TKind> db, TKind kind) where TKind : IContractKind
{
    public async Task<ContractRecord> LoadVisibleAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor);
        return await WithPartiesAsync(await db.QuerySingleOrDefaultAsync<ContractRecord>(SelectVisibleSql, new { Id = id, All = all, OrgIds = orgIds }, ct), ct)
               ?? throw ContractAccess.NotFound(TKind.Info.Noun);
    }

    public async Task<ContractRecord> LoadManagedAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await LoadVisibleAsync(actor, id, ct);
        return ContractAccess.CanManage(actor, row) ? row : throw ContractAccess.NotManager(TKind.Info);
    }

    /// <summary>For jobs and announcements, which act for the platform.</summary>
    public async Task<ContractRecord?> LoadAsync(Guid id, CancellationToken ct) =>
        await WithPartiesAsync(await db.QuerySingleOrDefaultAsync<ContractRecord>(SelectSql, new { Id = id }, ct), ct);

    private async Task<ContractRecord?> WithPartiesAsync(ContractRecord? row, CancellationToken ct)
    {
        if (row is not null)
            row.Parties = await kind.PartiesAsync(row, ct);
        return row;
    }

    public static void EnsureVersion(ContractRecord row, int version)
    {
        if (row.Version != version)
            throw ContractAccess.Stale(TKind.Info.Noun);
    }

    internal const string SelectVisibleSql = "SELECT " + ContractRecord.Columns + " FROM {{CONTRACTS}} c WHERE c.id = @Id AND " + ContractRecord.Visible;

    internal const string SelectSql = "SELECT " + ContractRecord.Columns + " FROM {{CONTRACTS}} c WHERE c.id = @Id";
}
