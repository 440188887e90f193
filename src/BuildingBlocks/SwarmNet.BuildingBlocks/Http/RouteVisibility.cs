using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>
/// Routes under a resource answer 404 to whoever may not see it before the body is even validated, so an outsider
/// learns nothing, not even which fields a request would need. The module says how to check (it throws
/// NotFoundException when the actor may not see the resource).
/// </summary>
public static class RouteVisibility
{
    public static RouteGroupBuilder RequireVisible(
        this RouteGroupBuilder group, string routeParameter, Func<IServiceProvider, Guid, CancellationToken, Task> ensureVisible) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            await ensureVisible(http.RequestServices, Guid.Parse((string)http.GetRouteValue(routeParameter)!), http.RequestAborted);
            return await next(context);
        });
}
