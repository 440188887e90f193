using System.Security.Claims;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Access;

/// <summary>
/// Fills the scope's actor from the database on every request (one indexed query), so a removed membership counts
/// at once. A user deleted since their cookie was issued is treated as signed out.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actors, IMediator mediator)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var actor = Guid.TryParse(context.User.FindFirstValue(AccessClaims.UserId), out var userId)
                ? await mediator.Send(new LoadActor(userId), context.RequestAborted)
                : null;
            if (actor is null)
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            else
                actors.Current = actor;
        }
        await next(context);
    }
}
