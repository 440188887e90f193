using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Access;

/// <summary>
/// Any route with an <c>{organizationId}</c> answers 404 to an actor outside that organisation, before the body is
/// even read: whatever module maps it, an outsider cannot tell the organisation exists. Handlers still check roles.
/// </summary>
internal sealed class OrganizationScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actors)
    {
        if (context.Request.RouteValues.TryGetValue(AccessClaims.OrganizationRouteParameter, out var raw)
            && actors.Current.IsAuthenticated
            && (!Guid.TryParse(raw?.ToString(), out var organizationId) || !actors.Current.CanSee(organizationId)))
        {
            await Problems.NotFound(Text.T("Organisation introuvable.", "Organization not found.")).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
