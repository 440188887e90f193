using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class AuthenticateApiTokenHandler(DbSession db, TimeProvider clock) : IRequestHandler<AuthenticateApiToken, Guid?>
{
    // Last use is a hint for the owner, not an audit log: one write per token per minute is enough.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<Guid?> Handle(AuthenticateApiToken request, CancellationToken cancellationToken)
    {
        if (!SecretTokens.LooksLike(request.Token, SecretTokens.ApiTokenPrefix))
            return null;
        var now = clock.GetUtcNow();
        var token = await db.QuerySingleOrDefaultAsync<TokenRow>(SelectValidTokenSql, new { Hash = SecretTokens.Hash(request.Token), Now = now }, cancellationToken);
        if (token is null)
            return null;
        await db.ExecuteAsync(TouchTokenSql, new { token.Id, Now = now, Stale = now - LastUsedPrecision }, cancellationToken);
        return token.UserId;
    }

    internal const string SelectValidTokenSql = """
        SELECT id, user_id FROM network_api_tokens
        WHERE token_hash = @Hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @Now)
        """;

    internal const string TouchTokenSql =
        "UPDATE network_api_tokens SET last_used_at = @Now WHERE id = @Id AND (last_used_at IS NULL OR last_used_at < @Stale)";

    private sealed class TokenRow
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
    }
}
