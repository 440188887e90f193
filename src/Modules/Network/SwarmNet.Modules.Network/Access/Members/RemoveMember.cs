using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>An admin removes a member, or a member leaves; the last admin cannot go. Takes effect on the next request.</summary>
internal sealed record RemoveMember(Guid OrganizationId, Guid UserId) : ICommand;

internal sealed class RemoveMemberHandler(DbSession db, ActorContext actor) : IRequestHandler<RemoveMember, Unit>
{
    public async Task<Unit> Handle(RemoveMember request, CancellationToken cancellationToken)
    {
        if (actor.Current.UserId != request.UserId)
            OrganizationRoles.EnsureAdmin(actor.Current, request.OrganizationId);
        OrganizationRoles.EnsureVisible(actor.Current, request.OrganizationId);
        var role = await db.QuerySingleOrDefaultAsync<string>(SelectRoleSql, request, cancellationToken)
            ?? throw new NotFoundException(Text.T("Membre introuvable.", "Member not found."));
        if (OrganizationRoles.IsAdmin(role))
            await LastAdminRule.EnsureAnotherAdminRemainsAsync(db, request.OrganizationId, request.UserId, cancellationToken);
        await db.ExecuteAsync(DeleteMembershipSql, request, cancellationToken);
        return Unit.Value;
    }

    internal const string SelectRoleSql =
        "SELECT role FROM network_memberships WHERE organization_id = @OrganizationId AND user_id = @UserId";

    internal const string DeleteMembershipSql =
        "DELETE FROM network_memberships WHERE organization_id = @OrganizationId AND user_id = @UserId";
}
