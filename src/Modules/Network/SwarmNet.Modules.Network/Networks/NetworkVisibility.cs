namespace SwarmNet.Modules.Network.Networks;

/// <summary>A network is seen by its owner's members, by structures that are candidates in it, and by platform admins.</summary>
internal static class NetworkVisibility
{
    /// <summary>A WHERE fragment over <c>network_networks n</c>; needs @All and @OrgIds.</summary>
    public const string Filter = """
        (@All = 1 OR n.owner_organization_id IN @OrgIds
         OR n.id IN (SELECT c.network_id FROM network_candidacies c WHERE c.structure_id IN @OrgIds))
        """;
}
