using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Running;

/// <summary>The checks every status change by a person shares: manager, allowed move, fresh version.</summary>
internal static class Transitions
{
    public static async Task<LicenceRow> LoadForMoveAsync(DbSession db, Actor actor, Guid id, int version, ContractStatus to, CancellationToken ct)
    {
        var row = await LicenceAccess.LoadManagedAsync(db, actor, id, ct);
        if (row.Status == ContractStatus.Active && to == ContractStatus.Active || !Lifecycle.CanMove(row.Status, to))
            throw new ConflictException(Text.T($"Passage impossible de l'état {row.Status} à {to}.", $"Cannot move from {row.Status} to {to}."));
        if (row.Version != version)
            throw LicenceAccess.Stale();
        return row;
    }

    /// <summary>The UPDATE is guarded by status and version, so a concurrent change makes it a 409 rather than a lost write.</summary>
    public static async Task ApplyAsync(DbSession db, string sql, object parameters, CancellationToken ct)
    {
        if (await db.ExecuteAsync(sql, parameters, ct) == 0)
            throw LicenceAccess.Stale();
    }
}
