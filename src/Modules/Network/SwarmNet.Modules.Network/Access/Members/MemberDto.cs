namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>A member of an organisation as its members see them.</summary>
internal sealed class MemberDto
{
    public Guid UserId { get; init; }
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public DateTimeOffset MemberSince { get; init; }

    public const string Select = """
        SELECT m.user_id, u.email, u.display_name, m.role, m.created_at AS member_since
        FROM network_memberships m JOIN network_users u ON u.id = m.user_id
        """;
}
