namespace SwarmNet.ContractKernel.Records;

/// <summary>Loads the kernel's view of a contract for an actor: 404 to outsiders, 403 to a party without the right.</summary>
public sealed class ContractStore<TKind>(ContractDb<TKind> db) where TKind : IContractKind
{
    public async Task<ContractRecord> LoadVisibleAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor);
        return await db.QuerySingleOrDefaultAsync<ContractRecord>(SelectVisibleSql, new { Id = id, All = all, OrgIds = orgIds }, ct)
               ?? throw ContractAccess.NotFound(TKind.Info.Noun);
    }

    public async Task<ContractRecord> LoadManagedAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await LoadVisibleAsync(actor, id, ct);
        return ContractAccess.CanManage(actor, row.GrantorOrganizationId) ? row : throw ContractAccess.NotManager(TKind.Info.Noun);
    }

    /// <summary>For jobs and announcements, which act for the platform.</summary>
    public Task<ContractRecord?> LoadAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<ContractRecord>(SelectSql, new { Id = id }, ct);

    public static void EnsureVersion(ContractRecord row, int version)
    {
        if (row.Version != version)
            throw ContractAccess.Stale(TKind.Info.Noun);
    }

    internal const string SelectVisibleSql = "SELECT " + ContractRecord.Columns + " FROM {{CONTRACTS}} c WHERE c.id = @Id AND " + ContractRecord.Visible;

    internal const string SelectSql = "SELECT " + ContractRecord.Columns + " FROM {{CONTRACTS}} c WHERE c.id = @Id";
}
