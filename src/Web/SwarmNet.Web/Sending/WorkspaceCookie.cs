using Microsoft.AspNetCore.Http;

namespace SwarmNet.Web.Sending;

/// <summary>
/// The organisation switcher's choice, kept in a cookie so that a reload or a new tab opens in the same organisation.
/// It is a preference, not a credential: every request still checks the actor's memberships.
/// </summary>
public static class WorkspaceCookie
{
    public const string Name = "swarmnet.organization";

    public static Guid? Read(HttpContext http) =>
        Guid.TryParse(http.Request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpContext http, Guid organizationId) =>
        http.Response.Cookies.Append(Name, organizationId.ToString(), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
}
