using System.Security.Claims;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Access;

/// <summary>
/// Fills the scope's actor from the database on every request (one indexed query), so a removed membership counts at
/// once. A cookie counts only while its server-side session is open (sign-out, password change and disabling end it);
/// a token was checked by its handler. Anything else — a user deleted or disabled since — is treated as signed out.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actors, IMediator mediator)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var actor = Guid.TryParse(context.User.FindFirstValue(AccessClaims.UserId), out var userId) && SessionOf(context.User) is var (valid, sessionId) && valid
                ? await mediator.Send(new LoadActor(userId, sessionId), context.RequestAborted)
                : null;
            if (actor is null)
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            else
                actors.Current = actor;
        }
        await next(context);
    }

    // A token carries no session; a cookie must carry one (cookies issued before sessions existed are refused).
    private static (bool Valid, Guid? SessionId) SessionOf(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName
            ? (true, null)
            : Guid.TryParse(user.FindFirstValue(AccessClaims.SessionId), out var sessionId) ? (true, sessionId) : (false, null);
}
