using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>A network's programmes, by name, for whoever sees the network; the head's side also reads how many affiliates take part.</summary>
internal sealed record ListProgrammes(Guid NetworkId) : IQuery<IReadOnlyList<ProgrammeDto>>;

internal sealed class ListProgrammesHandler(DbSession db, NetworkAccess networks) : IRequestHandler<ListProgrammes, IReadOnlyList<ProgrammeDto>>
{
    public async Task<IReadOnlyList<ProgrammeDto>> Handle(ListProgrammes request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        var headSide = networks.IsHeadSide(network);
        return (await db.QueryAsync<ProgrammeRow>(ByNetworkSql, new { NetworkId = network.Id }, cancellationToken)).Select(r => r.Dto(headSide)).ToList();
    }

    internal const string ByNetworkSql = "SELECT " + ProgrammeRow.Columns + """
        , (SELECT COUNT(*) FROM affiliations_programme_participations pp JOIN affiliations_contracts c ON c.id = pp.contract_id
           WHERE pp.programme_id = p.id AND pp.left_on IS NULL AND 
        """ + ProgrammeRow.InForce + """
        ) AS participants
        FROM affiliations_programmes p WHERE p.network_id = @NetworkId ORDER BY p.name, p.id
        """;
}
