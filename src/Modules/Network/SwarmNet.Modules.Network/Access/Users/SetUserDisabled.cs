using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Sessions;

namespace SwarmNet.Modules.Network.Access.Users;

/// <summary>
/// A platform admin disables a user (who left, whose account was taken over) or enables them again. Disabling ends
/// their sessions and stops their tokens at once; their memberships and history stay.
/// </summary>
internal sealed record SetUserDisabled(Guid UserId, bool Disabled) : ICommand;

internal sealed class SetUserDisabledHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<SetUserDisabled, Unit>
{
    public async Task<Unit> Handle(SetUserDisabled request, CancellationToken cancellationToken)
    {
        if (!actor.Current.IsPlatformAdmin)
            throw new ForbiddenException(Text.T("Réservé aux administrateurs de la plateforme.", "Platform admins only."));
        if (request.Disabled && request.UserId == actor.Current.UserId)
            throw new ConflictException(Text.T("Vous ne pouvez pas désactiver votre propre compte.", "You cannot disable your own account."));
        var now = clock.GetUtcNow();
        if (await db.ExecuteAsync(SetDisabledSql, new { Id = request.UserId, DisabledAt = request.Disabled ? now : (DateTimeOffset?)null }, cancellationToken) == 0)
            throw new NotFoundException(Text.T("Utilisateur introuvable.", "User not found."));
        if (request.Disabled)
            await db.ExecuteAsync(EndSessions.EndAllOfUserSql, new { request.UserId, KeepId = (Guid?)null, Now = now }, cancellationToken);
        return Unit.Value;
    }

    internal const string SetDisabledSql = "UPDATE network_users SET disabled_at = @DisabledAt WHERE id = @Id";
}
