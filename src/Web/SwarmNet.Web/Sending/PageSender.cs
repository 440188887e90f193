using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Web.Sending;

/// <summary>
/// How a page sends a command or a query: in a scope of its own, as one HTTP request has (its own connection and
/// transaction), with the actor read fresh from the database, as the API does on every request (docs/adr/0032). An
/// interactive circuit lives for hours: it must not keep a stale actor nor share one connection between two clicks.
/// The errors users can act on (a busy database, too many attempts included) come back as a <see cref="Sent{T}"/>;
/// anything else is a bug and propagates.
/// </summary>
public sealed class PageSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<Sent<T>> SendAsync<T>(IRequest<T> request, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = await ActorAsync(mediator, ct);
        try
        {
            return Sent<T>.Success(await mediator.Send(request, ct));
        }
        catch (InputValidationException e)
        {
            return Sent<T>.Invalid(e.Errors);
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException or ConflictException or PayloadTooLargeException)
        {
            return Sent<T>.Refused(e.Message);
        }
        catch (TooManyRequestsException e)
        {
            return Sent<T>.Refused(SignInOutcome.ThrottledMessage(e.RetryAfter));
        }
        catch (ServiceBusyException)
        {
            return Sent<T>.Refused(Problems.BusyDetail);
        }
    }

    private async Task<Actor> ActorAsync(IMediator mediator, CancellationToken ct)
    {
        // The session too, as the API checks it: a circuit opened before sign-out (or disabling) acts for nobody after it.
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return Guid.TryParse(user.FindFirstValue(AccessClaims.UserId), out var userId) && Guid.TryParse(user.FindFirstValue(AccessClaims.SessionId), out var sessionId)
            ? await mediator.Send(new LoadActor(userId, sessionId), ct) ?? Actor.Anonymous
            : Actor.Anonymous;
    }
}
