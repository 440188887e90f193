using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Occurrences;

/// <summary>
/// A structure sees its own occurrences, a network head those of its contracts, a partner those it must act on; anyone
/// else gets 404. The acting party submits, the network head's team reviews, its admins waive.
/// </summary>
internal static class OccurrenceAccess
{
    public static (int All, string[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).Select(id => id.ToString("D")).ToArray());

    public const string Visible = """
        (@All = 1 OR o.structure_organization_id IN @OrgIds OR o.grantor_organization_id IN @OrgIds OR o.actor IN @OrgIds)
        """;

    public static async Task<OccurrenceRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var (all, orgIds) = Parameters(actor);
        return await db.QuerySingleOrDefaultAsync<OccurrenceRow>(SelectVisibleSql, new { Id = id, All = all, OrgIds = orgIds }, ct) ?? throw NotFound();
    }

    public static bool CanSubmit(Actor actor, OccurrenceRow row) => actor.CanSee(row.ActingOrganizationId);

    public static bool CanReview(Actor actor, OccurrenceRow row) => actor.HasRole(row.GrantorOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff);

    public static bool CanWaive(Actor actor, OccurrenceRow row) => actor.HasRole(row.GrantorOrganizationId, Roles.NetworkAdmin);

    public static NotFoundException NotFound() => new(Text.T("Échéance introuvable.", "Occurrence not found."));

    public static ForbiddenException Forbidden(string french, string english) => new(Text.T(french, english));

    public static ConflictException Stale() =>
        new(Text.T("L'échéance a changé entre-temps : rechargez-la.", "The occurrence changed in the meantime: reload it."));

    internal const string SelectVisibleSql = "SELECT " + OccurrenceRow.Columns + OccurrenceRow.From + " WHERE o.id = @Id AND " + Visible;
}
