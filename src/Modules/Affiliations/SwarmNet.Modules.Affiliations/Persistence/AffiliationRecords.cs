using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Affiliations.Persistence;

/// <summary>Loads agreements through the kernel's store (visibility, 404 to outsiders), then the module's own columns.</summary>
internal sealed class AffiliationRecords(DbSession db, ContractStore<AffiliationKind> store)
{
    public async Task<AffiliationRecord> VisibleAsync(Actor actor, Guid id, CancellationToken ct) =>
        await WithOwnAsync(await store.LoadVisibleAsync(actor, id, ct), ct);

    /// <summary>For the kernel's callbacks and events, which act for the platform once the kernel has checked the actor.</summary>
    public async Task<AffiliationRecord> LoadAsync(ContractRecord contract, CancellationToken ct) => await WithOwnAsync(contract, ct);

    private async Task<AffiliationRecord> WithOwnAsync(ContractRecord contract, CancellationToken ct) =>
        new(contract, await db.QuerySingleOrDefaultAsync<AffiliationColumns>(AffiliationColumns.SelectSql, new { contract.Id }, ct)
                      ?? throw ContractAccess.NotFound(AffiliationKind.Info.Noun));
}
