namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>An invitation as the organisation's admins see it: never its token, which only the e-mail carries.</summary>
internal sealed class InvitationDto
{
    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public string Email { get; init; } = "";
    public string Role { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>pending, accepted, revoked or expired; computed when read, so it never goes stale.</summary>
    public string Status { get; set; } = "";

    public InvitationDto WithStatus(DateTimeOffset now)
    {
        Status = AcceptedAt is not null ? "accepted" : RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "pending";
        return this;
    }

    public const string Columns = "id, organization_id, email, role, created_at, expires_at, accepted_at, revoked_at";
}
