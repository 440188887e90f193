using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Host.Access;

/// <summary>
/// Any route with an <c>{organizationId}</c> answers 404 to an actor who may not see that organisation, before the body
/// is even read: whatever module maps it, an outsider cannot tell the organisation exists. "May see" is the rule of
/// <c>GET /api/network/organizations/{id}</c> (members, and the network heads that registered or onboard it), so a page
/// the actor can open never leads to routes that deny it exists. Handlers still check roles.
/// </summary>
internal sealed class OrganizationScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actors, IMediator mediator)
    {
        if (context.Request.RouteValues.TryGetValue(AccessClaims.OrganizationRouteParameter, out var raw)
            && actors.Current.IsAuthenticated
            && !await MaySeeAsync(raw?.ToString(), actors.Current, mediator, context.RequestAborted))
        {
            await Problems.NotFound(Text.T("Organisation introuvable.", "Organization not found.")).ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>Members pass at no cost; anyone else is asked of the Network module.</summary>
    private static async Task<bool> MaySeeAsync(string? raw, Actor actor, IMediator mediator, CancellationToken ct)
    {
        if (!Guid.TryParse(raw, out var organizationId))
            return false;
        if (actor.CanSee(organizationId))
            return true;
        try
        {
            await mediator.Send(new GetOrganization(organizationId), ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
