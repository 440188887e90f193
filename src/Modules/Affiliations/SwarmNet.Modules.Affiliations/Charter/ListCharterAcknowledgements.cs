using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>Who acknowledged a version, who is still to and who is late: the network head's side only (an affiliate sees its own on its agreement).</summary>
internal sealed record ListCharterAcknowledgements(Guid NetworkId, int Number) : IQuery<IReadOnlyList<CharterAcknowledgementDto>>;

internal sealed class ListCharterAcknowledgementsHandler(DbSession db, NetworkAccess networks, TimeProvider clock)
    : IRequestHandler<ListCharterAcknowledgements, IReadOnlyList<CharterAcknowledgementDto>>
{
    public async Task<IReadOnlyList<CharterAcknowledgementDto>> Handle(ListCharterAcknowledgements request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        if (!networks.IsHeadSide(network))
            throw new ForbiddenException(Text.T("Seule la tête de réseau voit les prises de connaissance de chaque structure.",
                "Only the network head sees each structure's acknowledgement."));
        var version = await CharterVersions.FindAsync(db, network.Id, request.Number, cancellationToken);
        var today = ContractDay.Today(clock);
        return (await db.QueryAsync<AcknowledgementRow>(ByVersionSql, new { VersionId = version.Id }, cancellationToken)).Select(r => r.Dto(today)).ToList();
    }

    internal const string ByVersionSql = AcknowledgementRow.FromSql + " WHERE a.version_id = @VersionId ORDER BY c.grantee_name, a.contract_id";
}
