using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class ListApiTokensHandler(DbSession db, ActorContext actor) : IRequestHandler<ListApiTokens, IReadOnlyList<ApiTokenDto>>
{
    public async Task<IReadOnlyList<ApiTokenDto>> Handle(ListApiTokens request, CancellationToken cancellationToken) =>
        actor.Current.UserId is { } userId
            ? await db.QueryAsync<ApiTokenDto>(SelectTokensSql, new { UserId = userId }, cancellationToken)
            : [];

    internal const string SelectTokensSql =
        "SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM network_api_tokens WHERE user_id = @UserId ORDER BY created_at DESC, id DESC";
}
