using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Notifications;

/// <summary>/api/notifications: the signed-in person's own list; nobody reads or marks another's.</summary>
internal static class NotificationEndpoints
{
    public sealed record LanguageBody(string Language);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications").WithTags("Notifications");
        api.MapGet("", (bool? unreadOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListNotifications(unreadOnly ?? false, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListNotifications").WithSummary("Mes notifications (les plus récentes d'abord) et le nombre de non lues");
        api.MapPost("/{notificationId:guid}/read", async (Guid notificationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNotificationsRead(notificationId), ct);
                return Results.NoContent();
            })
            .WithName("MarkNotificationRead").WithSummary("Marquer une notification comme lue");
        api.MapPost("/read", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNotificationsRead(null), ct);
                return Results.NoContent();
            })
            .WithName("MarkAllNotificationsRead").WithSummary("Tout marquer comme lu");
        endpoints.MapPut("/api/auth/me/language", async (LanguageBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ChooseLanguage(body.Language), ct);
                return Results.NoContent();
            })
            .WithTags("Accès").WithName("ChooseLanguage").WithSummary("Choisir la langue des e-mails et notifications (fr, en)");
    }
}
