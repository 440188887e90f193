using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class AuthenticateApiTokenHandler(DbSession db, TimeProvider clock, IMediator mediator) : IRequestHandler<AuthenticateApiToken, Guid?>
{
    // Last use is a hint for the owner, not an audit log: one write per token per minute is enough, and a script's
    // every call must not take the write lock.
    internal static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<Guid?> Handle(AuthenticateApiToken request, CancellationToken cancellationToken)
    {
        if (!SecretTokens.LooksLike(request.Token, SecretTokens.ApiTokenPrefix))
            return null;
        var now = clock.GetUtcNow();
        var token = await db.QuerySingleOrDefaultAsync<TokenRow>(SelectValidTokenSql, new { Hash = SecretTokens.Hash(request.Token), Now = now }, cancellationToken);
        if (token is null)
            return null;
        if (token.LastUsedAt is null || token.LastUsedAt < now - LastUsedPrecision)
            await mediator.Send(new TouchApiToken(token.Id), cancellationToken);
        return token.UserId;
    }

    internal const string SelectValidTokenSql = """
        SELECT t.id, t.user_id, t.last_used_at FROM network_api_tokens t JOIN network_users u ON u.id = t.user_id
        WHERE t.token_hash = @Hash AND t.revoked_at IS NULL AND t.expires_at > @Now AND u.disabled_at IS NULL
        """;

    private sealed class TokenRow
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }
    }
}

/// <summary>Records a token's use (the guard keeps concurrent calls from writing twice in the same minute).</summary>
internal sealed record TouchApiToken(Guid TokenId) : ICommand;

internal sealed class TouchApiTokenHandler(DbSession db, TimeProvider clock) : IRequestHandler<TouchApiToken, Unit>
{
    public async Task<Unit> Handle(TouchApiToken request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(TouchTokenSql, new { Id = request.TokenId, Now = now, Stale = now - AuthenticateApiTokenHandler.LastUsedPrecision }, cancellationToken);
        return Unit.Value;
    }

    internal const string TouchTokenSql =
        "UPDATE network_api_tokens SET last_used_at = @Now WHERE id = @Id AND (last_used_at IS NULL OR last_used_at < @Stale)";
}
