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
}
