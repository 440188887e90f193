using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Web.Sending;

namespace SwarmNet.Web.Hosting;

/// <summary>
/// Form posts from the pages that change a cookie, so must be answered by HTTP, not by a circuit. Binding [FromForm]
/// makes ASP.NET Core check the antiforgery token of each one; none is part of the API (not in its description).
/// </summary>
internal static class FormEndpoints
{
    public static readonly string[] Cultures = ["fr", "en"];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var forms = endpoints.MapGroup("").ExcludeFromDescription();

        forms.MapPost("/sign-out", async (HttpContext http, [FromForm] string? returnUrl) =>
        {
            await http.SignOutAsync();
            return Results.LocalRedirect("/sign-in");
        });

        forms.MapPost("/culture", (HttpContext http, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            if (Cultures.Contains(culture))
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "fr" ? "fr-FR" : culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();

        forms.MapPost("/workspace", (HttpContext http, [FromForm] Guid organizationId, [FromForm] string? returnUrl) =>
        {
            WorkspaceCookie.Write(http, organizationId);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
    }
}
