using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Modules.Network.Notifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}

internal sealed class ListNotificationsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var filter = new
        {
            UserId = actor.Current.UserId ?? Guid.Empty, UnreadOnly = request.UnreadOnly ? 1 : 0,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var unread = await db.ExecuteScalarAsync<long>(UnreadSql, filter, cancellationToken);
        var items = await db.QueryAsync<NotificationDto>(PageSql, filter, cancellationToken);
        return new NotificationPage(items, request.Page, request.PageSize, total, unread);
    }

    private const string Where = " WHERE user_id = @UserId AND (@UnreadOnly = 0 OR read_at IS NULL)";

    internal const string CountSql = "SELECT COUNT(*) FROM network_notifications" + Where;

    internal const string UnreadSql = "SELECT COUNT(*) FROM network_notifications WHERE user_id = @UserId AND read_at IS NULL";

    internal const string PageSql = """
        SELECT id AS Id, organization_id AS OrganizationId, notice_key AS "Key", subject AS Subject, body AS Body, link AS Link,
               created_at AS CreatedAt, read_at AS ReadAt
        FROM network_notifications
        """ + Where + " ORDER BY created_at DESC, id DESC {{PAGE}}";
}
