using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>
/// Who sees an organisation: its members, the network heads that registered it or have it as a candidate, and
/// platform admins. Everyone else gets 404, so they do not even learn it exists.
/// </summary>
internal static class OrganizationVisibility
{
    /// <summary>A WHERE fragment over <c>network_organizations o</c>; needs @All and @OrgIds (see <see cref="Parameters"/>).</summary>
    public const string Filter = """
        (@All = 1 OR o.id IN @OrgIds OR o.registered_by_organization_id IN @OrgIds
         OR o.id IN (SELECT c.structure_id FROM network_candidacies c JOIN network_networks n ON n.id = c.network_id
                     WHERE n.owner_organization_id IN @OrgIds))
        """;

    public static (int All, Guid[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).ToArray());
}
