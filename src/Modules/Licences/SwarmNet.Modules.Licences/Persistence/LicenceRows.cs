using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>Loads a licence's own columns once the kernel has its record (and has checked the actor).</summary>
internal sealed class LicenceRows(DbSession db)
{
    public async Task<LicenceRow> LoadAsync(Guid id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<LicenceRow>(SelectSql, new { Id = id }, ct) ?? throw ContractAccess.NotFound(LicenceKind.Info.Noun);

    internal const string SelectSql = "SELECT " + LicenceRow.Columns + " FROM licences_licences l WHERE l.id = @Id";
}
