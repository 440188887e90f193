using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network;

/// <summary>
/// Routes under a network or a candidacy answer 404 to whoever may not see it, before the body is even validated:
/// an outsider learns nothing, not even which fields a request would need.
/// </summary>
internal static class VisibilityFilters
{
    public static RouteGroupBuilder RequireVisibleNetwork(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var id = RouteGuid(context.HttpContext, "networkId");
            await context.HttpContext.RequestServices.GetRequiredService<IMediator>().Send(new GetNetwork(id), context.HttpContext.RequestAborted);
            return await next(context);
        });

    public static RouteGroupBuilder RequireVisibleOrganization(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var id = RouteGuid(context.HttpContext, "id");
            await context.HttpContext.RequestServices.GetRequiredService<IMediator>().Send(new GetOrganization(id), context.HttpContext.RequestAborted);
            return await next(context);
        });

    public static RouteGroupBuilder RequireVisibleCandidacy(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            await GetCandidacyHandler.LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ActorContext>().Current,
                RouteGuid(context.HttpContext, "candidacyId"), context.HttpContext.RequestAborted);
            return await next(context);
        });

    private static Guid RouteGuid(HttpContext context, string name) => Guid.Parse((string)context.GetRouteValue(name)!);
}
