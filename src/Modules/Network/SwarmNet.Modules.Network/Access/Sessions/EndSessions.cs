namespace SwarmNet.Modules.Network.Access.Sessions;

/// <summary>Ending sessions, for the use cases that must sign someone out at once (sign-out, password change, disabling).</summary>
internal static class EndSessions
{
    /// <summary>Needs @Id, @Now.</summary>
    internal const string EndOneSql = "UPDATE network_sessions SET ended_at = @Now WHERE id = @Id AND ended_at IS NULL";

    /// <summary>Every live session of @UserId except @KeepId (null: all), at @Now.</summary>
    internal const string EndAllOfUserSql = """
        UPDATE network_sessions SET ended_at = @Now
        WHERE user_id = @UserId AND ended_at IS NULL AND (@KeepId IS NULL OR id <> @KeepId)
        """;
}
