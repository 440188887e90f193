using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>
/// An organisation always keeps an admin (NetworkAdmin or StructureAdmin), or nobody could invite or manage its
/// members any more. Two admins demoting each other at once must not both succeed: on SQL Server an application lock
/// per organisation serialises them (SQLite already admits one writer at a time).
/// </summary>
internal static class LastAdminRule
{
    public static async Task EnsureAnotherAdminRemainsAsync(DbSession db, Guid organizationId, Guid leavingUserId, CancellationToken ct)
    {
        if (!await db.LockAsync($"network-admins-{organizationId:N}", ct))
            throw new ConflictException(Text.T("Les membres de l'organisation sont en cours de modification : réessayez.",
                "The organisation's members are being changed: try again."));
        var others = await db.ExecuteScalarAsync<long>(CountOtherAdminsSql, new { OrganizationId = organizationId, UserId = leavingUserId }, ct);
        if (others == 0)
            throw new ConflictException(Text.T(
                "Règle du dernier administrateur : une organisation garde au moins un administrateur. Nommez-en un autre avant de retirer ou de rétrograder celui-ci.",
                "Last admin rule: an organisation keeps at least one admin. Appoint another before removing or demoting this one."));
    }

    internal const string CountOtherAdminsSql =
        "SELECT COUNT(*) FROM network_memberships WHERE organization_id = @OrganizationId AND user_id <> @UserId AND role IN "
        + OrganizationRoles.AdminsSqlList;
}
