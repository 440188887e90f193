namespace SwarmNet.Modules.Network.Access.Tokens;

/// <summary>A token as its owner sees it later: never the secret, which is shown once at creation.</summary>
internal sealed class ApiTokenDto
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public const string Columns = "id, name, created_at, expires_at, last_used_at, revoked_at";
}

/// <summary>The answer to a creation: the only time the token itself is returned.</summary>
internal sealed record CreatedApiTokenDto(Guid Id, string Name, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
