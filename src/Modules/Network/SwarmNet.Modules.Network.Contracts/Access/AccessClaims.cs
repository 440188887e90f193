using System.Security.Claims;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>What the authentication cookie or token carries: the user id only; everything else is read per request.</summary>
public static class AccessClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;

    public const string DisplayName = ClaimTypes.Name;

    /// <summary>The route parameter that names an organisation: the host hides (404) organisations the actor is not in.</summary>
    public const string OrganizationRouteParameter = "organizationId";

    /// <summary>The principal a password sign-in puts in the cookie, whether the API or a page signed the user in.</summary>
    public static ClaimsPrincipal Principal(Guid userId, string? displayName) => new(new ClaimsIdentity(
        [new Claim(UserId, userId.ToString()), new Claim(DisplayName, displayName ?? "")], "password"));
}
