using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// A personal API token for scripts: it acts as its owner, with the owner's memberships at the time of each call. Only
/// a signed-in session creates one (a leaked token cannot breed tokens that outlive its revocation), and it expires
/// within <c>Access:ApiTokenMaxDays</c> (a year by default; also when no expiry is asked).
/// </summary>
public sealed record CreateApiToken(string Name, DateTimeOffset? ExpiresAt) : ICommand<CreatedApiTokenDto>;

/// <summary>The actor's own tokens, newest first (a person has a handful, so no paging).</summary>
public sealed record ListApiTokens : IQuery<IReadOnlyList<ApiTokenDto>>;

/// <summary>Revokes one of the actor's tokens at once; revoking twice is harmless, someone else's token is "not found".</summary>
public sealed record RevokeApiToken(Guid TokenId) : ICommand;

/// <summary>A token as its owner sees it later: never the secret, which is shown once at creation.</summary>
public sealed class ApiTokenDto
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>The answer to a creation: the only time the token itself is returned.</summary>
public sealed record CreatedApiTokenDto(Guid Id, string Name, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
