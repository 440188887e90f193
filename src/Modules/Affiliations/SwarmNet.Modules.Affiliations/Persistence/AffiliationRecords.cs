using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Affiliations.Persistence;

/// <summary>
/// Adds the module's own columns to a contract the kernel loaded. Needs nothing of the kernel's store, so the kind itself
/// (which the store asks for its parties) can use it.
/// </summary>
internal sealed class AffiliationLoader(DbSession db)
{
    public async Task<AffiliationRecord> LoadAsync(ContractRecord contract, CancellationToken ct) =>
        new(contract, await db.QuerySingleOrDefaultAsync<AffiliationColumns>(AffiliationColumns.SelectSql, new { contract.Id }, ct)
                      ?? throw ContractAccess.NotFound(AffiliationKind.Info.Noun));
}

/// <summary>Loads agreements through the kernel's store (visibility, 404 to outsiders), then the module's own columns.</summary>
internal sealed class AffiliationRecords(ContractStore<AffiliationKind> store, AffiliationLoader loader)
{
    public async Task<AffiliationRecord> VisibleAsync(Actor actor, Guid id, CancellationToken ct) =>
        await loader.LoadAsync(await store.LoadVisibleAsync(actor, id, ct), ct);

    /// <summary>For the kernel's callbacks and events, which act for the platform once the kernel has checked the actor.</summary>
    public Task<AffiliationRecord> LoadAsync(ContractRecord contract, CancellationToken ct) => loader.LoadAsync(contract, ct);
}
