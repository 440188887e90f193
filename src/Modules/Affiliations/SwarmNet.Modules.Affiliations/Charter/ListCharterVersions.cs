using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>A network's charter versions, newest first, without their text; the head's side also reads how far each reached.</summary>
internal sealed record ListCharterVersions(Guid NetworkId) : IQuery<IReadOnlyList<CharterVersionDto>>;

internal sealed class ListCharterVersionsHandler(DbSession db, NetworkAccess networks, TimeProvider clock)
    : IRequestHandler<ListCharterVersions, IReadOnlyList<CharterVersionDto>>
{
    public async Task<IReadOnlyList<CharterVersionDto>> Handle(ListCharterVersions request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        var versions = await db.QueryAsync<CharterVersionRow>(ByNetworkSql, new { NetworkId = network.Id }, cancellationToken);
        var progress = networks.IsHeadSide(network)
            ? (await db.QueryAsync<CharterVersions.Progress>(ReachSql, new { NetworkId = network.Id, Today = ContractDay.Today(clock) }, cancellationToken)).ToDictionary(r => r.Number)
            : null;
        return versions.Select(v => v.Dto(withText: false, progress is null ? null : progress.TryGetValue(v.Number, out var r) ? r.Dto : new CharterProgressDto(0, 0, 0)))
            .ToList();
    }

    internal const string ByNetworkSql = "SELECT " + CharterVersionRow.Columns + " FROM affiliations_charter_versions v WHERE v.network_id = @NetworkId ORDER BY v.number DESC";

    internal const string ReachSql = """
        SELECT a.number, COUNT(*) AS pushed,
               SUM(CASE WHEN a.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END) AS acknowledged,
               SUM(CASE WHEN a.acknowledged_at IS NULL AND a.due_on < @Today AND c.status IN ('Active', 'Suspended') THEN 1 ELSE 0 END) AS overdue
        FROM affiliations_charter_acknowledgements a JOIN affiliations_contracts c ON c.id = a.contract_id
        WHERE a.network_id = @NetworkId GROUP BY a.number
        """;
}
