using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>An admin withdraws an invitation not yet accepted: its link stops working.</summary>
internal sealed record RevokeInvitation(Guid OrganizationId, Guid InvitationId) : ICommand;

internal sealed class RevokeInvitationHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<RevokeInvitation, Unit>
{
    public async Task<Unit> Handle(RevokeInvitation request, CancellationToken cancellationToken)
    {
        await InvitationRights.EnsureAsync(db, actor.Current, request.OrganizationId, cancellationToken);
        var changed = await db.ExecuteAsync(RevokeInvitationSql,
            new { request.OrganizationId, Id = request.InvitationId, Now = clock.GetUtcNow() }, cancellationToken);
        if (changed == 0)
            throw new NotFoundException(Text.T("Invitation introuvable ou déjà acceptée.", "Invitation not found or already accepted."));
        return Unit.Value;
    }

    internal const string RevokeInvitationSql = """
        UPDATE network_invitations SET revoked_at = COALESCE(revoked_at, @Now)
        WHERE id = @Id AND organization_id = @OrganizationId AND accepted_at IS NULL
        """;
}
