using System.Security.Claims;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>What the authentication cookie carries: the user id and its session id; everything else is read per request.</summary>
public static class AccessClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;

    public const string DisplayName = ClaimTypes.Name;

    /// <summary>The server-side session a cookie belongs to: a cookie without a live one is refused (docs/adr/0055).</summary>
    public const string SessionId = "swarmnet:session";

    /// <summary>The rate-limiting policy of anonymous endpoints that check a password (per client address).</summary>
    public const string PasswordAttemptsPolicy = "password-attempts";

    /// <summary>The route parameter that names an organisation: the host hides (404) organisations the actor is not in.</summary>
    public const string OrganizationRouteParameter = "organizationId";

    /// <summary>The principal a password sign-in puts in the cookie, whether the API or a page signed the user in.</summary>
    public static ClaimsPrincipal Principal(Guid userId, string? displayName, Guid sessionId) => new(new ClaimsIdentity(
        [new Claim(UserId, userId.ToString()), new Claim(DisplayName, displayName ?? ""), new Claim(SessionId, sessionId.ToString())], "password"));
}
