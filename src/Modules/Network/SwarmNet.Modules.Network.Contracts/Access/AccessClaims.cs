using System.Security.Claims;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>What the authentication cookie or token carries: the user id only; everything else is read per request.</summary>
public static class AccessClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;

    public const string DisplayName = ClaimTypes.Name;

    /// <summary>The route parameter that names an organisation: the host hides (404) organisations the actor is not in.</summary>
    public const string OrganizationRouteParameter = "organizationId";
}
