using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Sessions;

internal sealed class SignOutHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        if (actor.Current.SessionId is { } sessionId)
            await db.ExecuteAsync(EndSessions.EndOneSql, new { Id = sessionId, Now = clock.GetUtcNow() }, cancellationToken);
        return Unit.Value;
    }
}
