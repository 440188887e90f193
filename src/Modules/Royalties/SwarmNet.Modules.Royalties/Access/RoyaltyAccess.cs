using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Access;

/// <summary>
/// Who sees what of an agreement: the grantor's staff and accountants (the network head's side), the structure's members
/// (the licensee's side), platform admins. Anyone else gets 404. Only the grantor's accountants review and bill.
/// </summary>
internal static class RoyaltyAccess
{
    private static readonly string[] GrantorRoles = [Roles.NetworkAdmin, Roles.NetworkStaff, Roles.Accountant];
    private static readonly string[] StructureRoles = [Roles.StructureAdmin, Roles.StructureMember];

    /// <summary>A WHERE fragment over an alias <paramref name="alias"/> with grantor and structure columns; needs <see cref="Scope"/>.</summary>
    public static string Visible(string alias) =>
        $"(@All = 1 OR {alias}.grantor_organization_id IN @GrantorIds OR {alias}.structure_organization_id IN @StructureIds)";

    /// <summary>Ids as canonical text (Dapper expands IN lists without the Guid handler), never empty.</summary>
    public static AccessScope Scope(Actor actor) => new(
        actor.IsPlatformAdmin ? 1 : 0,
        Ids(actor, GrantorRoles),
        Ids(actor, StructureRoles));

    public static bool IsGrantorSide(Actor actor, Guid grantorId) => actor.HasRole(grantorId, GrantorRoles);

    public static bool IsAccountant(Actor actor, Guid grantorId) => actor.HasRole(grantorId, Roles.Accountant);

    public static bool IsStructureSide(Actor actor, Guid structureId) => actor.HasRole(structureId, StructureRoles);

    public static bool CanSee(Actor actor, Guid grantorId, Guid structureId) =>
        IsGrantorSide(actor, grantorId) || IsStructureSide(actor, structureId);

    public static ForbiddenException AccountantOnly() => new(Text.T(
        "Seul·e le ou la comptable de la tête de réseau fait cette opération.", "Only the network head's accountant may do this."));

    private static string[] Ids(Actor actor, string[] roles) => actor.Memberships
        .Where(m => roles.Contains(m.Role)).Select(m => m.OrganizationId.ToString("D"))
        .DefaultIfEmpty(Guid.Empty.ToString("D")).Distinct().ToArray();
}

/// <summary>The actor's reach as SQL parameters: @All, @GrantorIds, @StructureIds.</summary>
internal sealed record AccessScope(int All, string[] GrantorIds, string[] StructureIds);
