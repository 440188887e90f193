using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Networks;

/// <summary>A network's readiness template: replaced whole, since candidacies copy it and never read it back.</summary>
internal static class ChecklistTemplate
{
    public static async Task ReplaceAsync(DbSession db, Guid networkId, IReadOnlyList<ChecklistTemplateItem> items, CancellationToken ct)
    {
        await db.ExecuteAsync(DeleteSql, new { NetworkId = networkId }, ct);
        await db.ExecuteAsync(InsertSql, items.Select((item, position) => new
        {
            Id = Guid.CreateVersion7(), NetworkId = networkId, Position = position, item.Code, Label = item.Label.Trim(), item.Mandatory, item.RequiresFile,
        }), ct);
    }

    public static async Task<IReadOnlyList<ChecklistTemplateItem>> ReadAsync(DbSession db, Guid networkId, CancellationToken ct) =>
        (await db.QueryAsync<TemplateItemRow>(SelectSql, new { NetworkId = networkId }, ct))
        .Select(r => new ChecklistTemplateItem(r.Code, r.Label, r.Mandatory, r.RequiresFile)).ToList();

    internal const string DeleteSql = "DELETE FROM network_checklist_template_items WHERE network_id = @NetworkId";

    internal const string InsertSql = """
        INSERT INTO network_checklist_template_items (id, network_id, position, code, label, mandatory, requires_file)
        VALUES (@Id, @NetworkId, @Position, @Code, @Label, @Mandatory, @RequiresFile)
        """;

    internal const string SelectSql =
        "SELECT code, label, mandatory, requires_file FROM network_checklist_template_items WHERE network_id = @NetworkId ORDER BY position";
}
