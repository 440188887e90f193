using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Obligations.Board;
using SwarmNet.Modules.Obligations.Contracts.Board;
using SwarmNet.Modules.Obligations.Feeds;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Http;

/// <summary>The compliance board and the calendar feeds; the feed itself is the one anonymous route, its secret the credential.</summary>
internal static class ViewEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/networks/{networkId:guid}/compliance", (Guid networkId, string? contractKind, string? category, int? page, int? pageSize,
                IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetComplianceBoard(networkId, contractKind, category, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("GetComplianceBoard").WithSummary("Tableau de conformité d'un réseau (12 derniers mois, les moins conformes d'abord)");

        api.MapPost("/organizations/{organizationId:guid}/calendar-feeds", async (Guid organizationId, IMediator mediator, CancellationToken ct) =>
            {
                var feed = await mediator.Send(new CreateCalendarFeed(organizationId), ct);
                return Results.Created(feed.Path, feed);
            })
            .WithName("CreateCalendarFeed").WithSummary("Créer une adresse secrète d'abonnement au calendrier (affichée une seule fois)");

        api.MapGet("/organizations/{organizationId:guid}/calendar-feeds", (Guid organizationId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListCalendarFeeds(organizationId), ct))
            .WithName("ListCalendarFeeds").WithSummary("Mes adresses de calendrier pour cette organisation");

        api.MapDelete("/calendar-feeds/{feedId:guid}", async (Guid feedId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeCalendarFeed(feedId), ct);
                return Results.NoContent();
            })
            .WithName("RevokeCalendarFeed").WithSummary("Révoquer une adresse de calendrier");

        api.MapGet("/calendar/{secret}.ics", async (string secret, IMediator mediator, CancellationToken ct) =>
                Results.Text(await mediator.Send(new ReadCalendarFeed(secret), ct), "text/calendar", Encoding.UTF8))
            .AllowAnonymous()
            .WithName("ReadCalendarFeed").WithSummary("Le calendrier iCalendar d'une adresse secrète (sans connexion)");
    }
}
