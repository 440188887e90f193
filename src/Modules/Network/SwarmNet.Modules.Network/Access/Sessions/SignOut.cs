using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Access.Sessions;

/// <summary>Ends the actor's session: a copy of its cookie is refused from the next request on. A token has no session to end.</summary>
internal sealed record SignOut : ICommand;

internal sealed class SignOutHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        if (actor.Current.SessionId is { } sessionId)
            await db.ExecuteAsync(EndSessions.EndOneSql, new { Id = sessionId, Now = clock.GetUtcNow() }, cancellationToken);
        return Unit.Value;
    }
}
