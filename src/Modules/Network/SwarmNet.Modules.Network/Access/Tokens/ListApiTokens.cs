using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Access.Tokens;

/// <summary>The actor's own tokens, newest first (a person has a handful, so no paging).</summary>
internal sealed record ListApiTokens : IQuery<IReadOnlyList<ApiTokenDto>>;

internal sealed class ListApiTokensHandler(DbSession db, ActorContext actor) : IRequestHandler<ListApiTokens, IReadOnlyList<ApiTokenDto>>
{
    public async Task<IReadOnlyList<ApiTokenDto>> Handle(ListApiTokens request, CancellationToken cancellationToken) =>
        actor.Current.UserId is { } userId
            ? await db.QueryAsync<ApiTokenDto>(SelectTokensSql, new { UserId = userId }, cancellationToken)
            : [];

    internal const string SelectTokensSql =
        "SELECT " + ApiTokenDto.Columns + " FROM network_api_tokens WHERE user_id = @UserId ORDER BY created_at DESC, id DESC";
}
