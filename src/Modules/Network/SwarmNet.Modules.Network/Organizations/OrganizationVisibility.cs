using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>
/// Who sees an organisation: its members, the network heads that registered it, were attached to it (a later
/// registration of its SIRET, docs/adr/0123) or have it as a candidate, and platform admins. Everyone else gets 404,
/// so they do not even learn it exists.
/// </summary>
internal static class OrganizationVisibility
{
    /// <summary>A WHERE fragment over <c>network_organizations o</c>; needs @All and @OrgIds (see <see cref="Parameters"/>).</summary>
    public const string Filter = """
        (@All = 1 OR o.id IN @OrgIds OR o.registered_by_organization_id IN @OrgIds
         OR o.id IN (SELECT a.organization_id FROM network_organization_attachments a WHERE a.head_organization_id IN @OrgIds)
         OR o.id IN (SELECT c.structure_id FROM network_candidacies c JOIN network_networks n ON n.id = c.network_id
                     WHERE n.owner_organization_id IN @OrgIds))
        """;

    /// <remarks>
    /// Dapper expands <c>IN @OrgIds</c> without the Guid type handler, so the ids go as canonical text: what SQLite
    /// stores, and what SQL Server converts to uniqueidentifier. Never empty, so the expansion stays plain SQL.
    /// </remarks>
    public static (int All, string[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).Select(id => id.ToString("D")).ToArray());
}
