using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>
/// Who may do what with a licence: the grantor's NetworkAdmin/NetworkStaff manage it, members of either party read
/// it, and anyone else gets 404 so they do not learn it exists.
/// </summary>
internal static class LicenceAccess
{
    /// <remarks>Ids as canonical text: Dapper expands <c>IN @OrgIds</c> without the Guid type handler (as in the Network module).</remarks>
    public static (int All, string[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).Select(id => id.ToString("D")).ToArray());

    public static async Task<LicenceRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var (all, orgIds) = Parameters(actor);
        return await db.QuerySingleOrDefaultAsync<LicenceRow>(SelectVisibleSql, new { Id = id, All = all, OrgIds = orgIds }, ct)
               ?? throw NotFound();
    }

    public static async Task<LicenceRow> LoadManagedAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var row = await LoadVisibleAsync(db, actor, id, ct);
        EnsureManages(actor, row);
        return row;
    }

    /// <summary>403 for a party that sees the licence but does not manage it (the licensee).</summary>
    public static void EnsureManages(Actor actor, LicenceRow row)
    {
        if (!CanManage(actor, row.GrantorOrganizationId))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau gère cette licence.", "Only the network head's staff manage this licence."));
    }

    public static bool CanManage(Actor actor, Guid grantorId) => actor.HasRole(grantorId, Roles.NetworkAdmin, Roles.NetworkStaff);

    public static NotFoundException NotFound() => new(Text.T("Licence introuvable.", "Licence not found."));

    public static ConflictException Stale() =>
        new(Text.T("La licence a changé entre-temps : rechargez-la.", "The licence changed in the meantime: reload it."));

    internal const string SelectVisibleSql = "SELECT " + LicenceRow.Columns + " FROM licences_licences l WHERE l.id = @Id AND " + LicenceRow.Visible;
}
