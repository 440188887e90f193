using Microsoft.Extensions.Configuration;

namespace SwarmNet.Modules.Network.Access;

/// <summary>
/// Settings under <c>Access:</c>: where links point, how long invitations, reset links, sessions and API tokens live,
/// how many sign-in attempts an address may make (mail: <c>Mail:</c>, BuildingBlocks; the cookie's idle time: the host).
/// </summary>
internal sealed class AccessOptions
{
    public string PublicUrl { get; init; } = "http://localhost:5080";

    public TimeSpan InvitationLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>A password-reset link works once, within this time.</summary>
    public TimeSpan PasswordResetLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>A signed-in session ends this long after sign-in, however active (the cookie also ends when idle).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The longest an API token may live; a token created without an expiry gets this one.</summary>
    public TimeSpan ApiTokenMaxLifetime { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Sign-in attempts one client address may make per minute (and at once), whatever the accounts.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 20;

    /// <summary>Password hashes (sign-in, password change, invitation, provisioning) computed at once: half the cores by default.</summary>
    public int PasswordHashesAtOnce { get; init; } = DefaultHashesAtOnce;

    /// <summary>Hashes that may wait for a free slot (each some 50 ms); past them the caller gets 429.</summary>
    public int PasswordHashesQueued { get; init; } = 16 * DefaultHashesAtOnce;

    private static int DefaultHashesAtOnce => Math.Max(1, Environment.ProcessorCount / 2);

    public static AccessOptions From(IConfiguration configuration) => new()
    {
        PublicUrl = (configuration["Access:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/'),
        InvitationLifetime = TimeSpan.FromDays(configuration.GetValue("Access:InvitationDays", 7)),
        SessionLifetime = TimeSpan.FromHours(configuration.GetValue("Access:SessionHours", 12)),
        ApiTokenMaxLifetime = TimeSpan.FromDays(configuration.GetValue("Access:ApiTokenMaxDays", 365)),
        SignInAttemptsPerMinute = configuration.GetValue("Access:SignInAttemptsPerMinute", 20),
        PasswordHashesAtOnce = configuration.GetValue("Access:PasswordHashesAtOnce", DefaultHashesAtOnce),
        PasswordHashesQueued = configuration.GetValue("Access:PasswordHashesQueued", 16 * DefaultHashesAtOnce),
        PasswordResetLifetime = TimeSpan.FromMinutes(configuration.GetValue("Access:PasswordResetMinutes", 60)),
    };
}
