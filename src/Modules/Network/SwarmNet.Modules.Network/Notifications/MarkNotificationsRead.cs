using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Modules.Network.Notifications;

internal sealed class MarkNotificationsReadHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<MarkNotificationsRead, Unit>
{
    public async Task<Unit> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var parameters = new { request.NotificationId, UserId = actor.Current.UserId ?? Guid.Empty, Now = clock.GetUtcNow() };
        if (request.NotificationId is null)
        {
            await db.ExecuteAsync(MarkAllSql, parameters, cancellationToken);
            return Unit.Value;
        }
        if (await db.ExecuteScalarAsync<long>(CountOwnSql, parameters, cancellationToken) == 0)
            throw new NotFoundException(Text.T("Notification introuvable.", "Notification not found."));
        await db.ExecuteAsync(MarkOneSql, parameters, cancellationToken);
        return Unit.Value;
    }

    internal const string CountOwnSql = "SELECT COUNT(*) FROM network_notifications WHERE id = @NotificationId AND user_id = @UserId";

    internal const string MarkOneSql = "UPDATE network_notifications SET read_at = @Now WHERE id = @NotificationId AND user_id = @UserId AND read_at IS NULL";

    internal const string MarkAllSql = "UPDATE network_notifications SET read_at = @Now WHERE user_id = @UserId AND read_at IS NULL";
}
