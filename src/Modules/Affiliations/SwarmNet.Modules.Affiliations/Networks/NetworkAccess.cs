using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Affiliations.Networks;

/// <summary>A network as this module needs it: who heads it, its name.</summary>
internal sealed record SeenNetwork(Guid Id, Guid OwnerOrganizationId, string Name);

/// <summary>
/// Who reaches a network's charter and programmes: whoever Network lets see the network (its head's members, its
/// candidates, platform admins) and the structures holding an agreement in it (the Network module knows nothing of
/// agreements); 404 for anyone else. Its head's staff alone manage them (403).
/// </summary>
internal sealed class NetworkAccess(DbSession db, IMediator mediator, ActorContext actor)
{
    public async Task<SeenNetwork> VisibleAsync(Guid networkId, CancellationToken ct)
    {
        var (_, orgIds) = ContractAccess.Parameters(actor.Current);
        if (await db.QuerySingleOrDefaultAsync<Row>(AsAffiliateSql, new { NetworkId = networkId, OrgIds = orgIds, Skip = 0, Take = 1 }, ct) is { } row)
            return new SeenNetwork(row.NetworkId, row.GrantorOrganizationId, row.NetworkName);
        var network = await mediator.Send(new GetNetwork(networkId), ct);
        return new SeenNetwork(network.Id, network.OwnerOrganizationId, network.Name);
    }

    public async Task<SeenNetwork> ManagedAsync(Guid networkId, string forbidden, CancellationToken ct)
    {
        var network = await VisibleAsync(networkId, ct);
        return ContractAccess.CanManage(actor.Current, network.OwnerOrganizationId) ? network : throw new ForbiddenException(forbidden);
    }

    /// <summary>Its head's members (and platform admins) see what concerns every affiliate; an affiliate sees its own part only.</summary>
    public bool IsHeadSide(SeenNetwork network) => actor.Current.CanSee(network.OwnerOrganizationId);

    private sealed class Row
    {
        public Guid NetworkId { get; init; }
        public Guid GrantorOrganizationId { get; init; }
        public string NetworkName { get; init; } = "";
    }

    /// <summary>The actor's structure holds (or held, or is offered) an agreement in the network.</summary>
    internal const string AsAffiliateSql = """
        SELECT c.network_id, c.grantor_organization_id, c.network_name
        FROM affiliations_contracts c
        WHERE c.network_id = @NetworkId AND c.grantee_organization_id IN @OrgIds
        ORDER BY c.created_at DESC {{PAGE}}
        """;
}
