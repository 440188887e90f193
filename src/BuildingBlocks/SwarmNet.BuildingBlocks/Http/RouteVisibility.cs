using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>
/// Routes under a resource answer 404 to whoever may not see it before the body is even read, so an outsider learns
/// nothing, not even which fields a request would need. The module says how to check (it throws NotFoundException
/// when the actor may not see the resource); the host runs the checks after sign-in, before the endpoint binds its
/// parameters (<see cref="UseRouteVisibility"/>): an endpoint filter would run only after the body was read.
/// </summary>
public static class RouteVisibility
{
    public static RouteGroupBuilder RequireVisible(
        this RouteGroupBuilder group, string routeParameter, Func<IServiceProvider, Guid, CancellationToken, Task> ensureVisible) =>
        group.WithMetadata(new VisibleResource(routeParameter, ensureVisible));

    public static IApplicationBuilder UseRouteVisibility(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var resource in context.GetEndpoint()?.Metadata.GetOrderedMetadata<VisibleResource>() ?? [])
        {
            // The route constraint ({id:guid}) already refused anything else.
            if (Guid.TryParse(context.GetRouteValue(resource.RouteParameter) as string, out var id))
                await resource.EnsureVisible(context.RequestServices, id, context.RequestAborted);
        }
        await next(context);
    });

    /// <summary>Endpoint metadata: the route parameter naming the resource and the module's check.</summary>
    public sealed record VisibleResource(string RouteParameter, Func<IServiceProvider, Guid, CancellationToken, Task> EnsureVisible);
}
