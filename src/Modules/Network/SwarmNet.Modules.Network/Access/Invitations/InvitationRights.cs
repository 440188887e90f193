using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>
/// Who invites into an organisation (and sees or withdraws its invitations): its admins; and, while a structure has no
/// admin yet, the staff of a network head it is a candidate with (candidacy neither declined nor withdrawn), so that
/// onboarding can start. Once the structure has an admin, it invites its own people.
/// </summary>
internal static class InvitationRights
{
    private sealed class State
    {
        public long Onboarding { get; init; }
        public long Admins { get; init; }
    }

    public static async Task EnsureAsync(DbSession db, Actor actor, Guid organizationId, CancellationToken ct)
    {
        if (actor.HasRole(organizationId, OrganizationRoles.Admins))
            return;
        var heads = actor.Memberships.Where(m => m.Role is Roles.NetworkAdmin or Roles.NetworkStaff)
            .Select(m => m.OrganizationId.ToString("D")).DefaultIfEmpty(Guid.Empty.ToString("D")).ToArray();
        var state = await db.QuerySingleOrDefaultAsync<State>(StateSql, new { OrganizationId = organizationId, Heads = heads }, ct);
        if (state is { Onboarding: > 0, Admins: 0 })
            return;
        if (state is { Onboarding: > 0 })
            throw new ForbiddenException(Text.T("Cette structure a déjà un·e administrateur·rice : c'est à elle d'inviter ses membres.",
                "This structure already has an admin: it invites its own members."));
        OrganizationRoles.EnsureAdmin(actor, organizationId);
    }

    internal const string StateSql = """
        SELECT
          (SELECT COUNT(*) FROM network_candidacies c JOIN network_networks n ON n.id = c.network_id
           WHERE c.structure_id = @OrganizationId AND c.stage NOT IN ('Declined', 'Withdrawn') AND n.owner_organization_id IN @Heads) AS onboarding,
          (SELECT COUNT(*) FROM network_memberships m WHERE m.organization_id = @OrganizationId AND m.role IN
        """ + OrganizationRoles.AdminsSqlList + """
        ) AS admins
        """;
}
