using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class RevokeApiTokenHandler(DbSession db, TimeProvider clock, ActorContext actor) : IRequestHandler<RevokeApiToken, Unit>
{
    public async Task<Unit> Handle(RevokeApiToken request, CancellationToken cancellationToken)
    {
        var revoked = await db.ExecuteAsync(RevokeTokenSql, new { Id = request.TokenId, actor.Current.UserId, Now = clock.GetUtcNow() }, cancellationToken);
        if (revoked == 0)
            throw new NotFoundException(Text.T("Jeton introuvable.", "Token not found."));
        return Unit.Value;
    }

    internal const string RevokeTokenSql =
        "UPDATE network_api_tokens SET revoked_at = COALESCE(revoked_at, @Now) WHERE id = @Id AND user_id = @UserId";
}
