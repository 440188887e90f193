using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using MediatR;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Notifications;
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

        forms.MapPost("/sign-out", async (HttpContext http, IMediator mediator, [FromForm] string? returnUrl) =>
        {
            await mediator.Send(new SignOut(), http.RequestAborted); // the server-side session ends: a copied cookie is refused
            await http.SignOutAsync();
            return Results.LocalRedirect("/sign-in");
        });

        // The pages follow the cookie; a signed-in person's e-mails and notifications follow their saved choice.
        forms.MapPost("/culture", async (HttpContext http, IMediator mediator, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            if (!Cultures.Contains(culture))
                return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "fr" ? "fr-FR" : culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true });
            if (http.User.Identity?.IsAuthenticated == true)
                await mediator.Send(new ChooseLanguage(culture), http.RequestAborted);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();

        forms.MapPost("/workspace", (HttpContext http, [FromForm] Guid organizationId, [FromForm] string? returnUrl) =>
        {
            WorkspaceCookie.Write(http, organizationId);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
    }
}
