namespace SwarmNet.Modules.Network.Access.Users;

/// <summary>Statements shared by the use cases that create users and memberships (provisioning, invitations, demo).</summary>
internal static class UserSql
{
    internal const string InsertUserSql = """
        INSERT INTO network_users (id, email, display_name, password_hash, is_platform_admin, failed_sign_ins, created_at)
        VALUES (@Id, @Email, @DisplayName, @PasswordHash, @IsPlatformAdmin, 0, @CreatedAt)
        """;

    internal const string SelectUserIdByEmailSql = "SELECT id FROM network_users WHERE email = @Email";

    internal const string InsertMembershipSql = """
        INSERT INTO network_memberships (organization_id, user_id, role, created_at)
        VALUES (@OrganizationId, @UserId, @Role, @CreatedAt)
        """;

    internal const string CountMembershipSql =
        "SELECT COUNT(*) FROM network_memberships WHERE organization_id = @OrganizationId AND user_id = @UserId";

    internal const string CountOrganizationSql = "SELECT COUNT(*) FROM network_organizations WHERE id = @OrganizationId";
}
