using MediatR;
using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.BuildingBlocks.Modules;

/// <summary>
/// The people of a demo's story: a seeder runs as the platform, yet each step is done by the person who would do it (a
/// party signs for itself; the history names who acted), without an account.
/// </summary>
public static class DemoActors
{
    public static Actor Person(string name, Guid organizationId, string role) => new(null, name, true, false, [new ActorMembership(organizationId, role)]);

    /// <summary>Sends one request as that person, then gives the scope back to whoever acted before.</summary>
    public static async Task<T> SendAsAsync<T>(this IMediator mediator, ActorContext context, Actor actor, IRequest<T> request, CancellationToken ct)
    {
        var previous = context.Current;
        context.Current = actor;
        try
        {
            return await mediator.Send(request, ct);
        }
        finally
        {
            context.Current = previous;
        }
    }
}
