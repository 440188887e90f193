using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>Loads a partnership's own columns and partners once the kernel has its record (and has checked the actor).</summary>
internal sealed class PartnershipRows(DbSession db)
{
    public async Task<PartnershipRow> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<PartnershipRow>(SelectSql, new { Id = id }, ct) ?? throw ContractAccess.NotFound(PartnershipKind.Info.Noun);
        row.Partners = await PartnersAsync(id, ct);
        return row;
    }

    public Task<IReadOnlyList<PartnerRow>> PartnersAsync(Guid id, CancellationToken ct) => db.QueryAsync<PartnerRow>(SelectPartnersSql, new { Id = id }, ct);

    internal const string SelectSql = "SELECT c.id, c.content FROM partnerships_contracts c WHERE c.id = @Id";

    internal const string SelectPartnersSql = "SELECT " + PartnerRow.Columns + " FROM partnerships_partners p WHERE p.contract_id = @Id ORDER BY p.position";
}
