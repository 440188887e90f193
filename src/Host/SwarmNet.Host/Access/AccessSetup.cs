using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Http;

namespace SwarmNet.Host.Access;

/// <summary>
/// Who may call what, decided once for the whole host: a cookie (web) or a personal token (scripts) identifies the
/// user, the actor is reloaded from the database on every request, and every endpoint requires a signed-in actor
/// unless it says AllowAnonymous — so an endpoint added later is protected by default (docs/adr/0030).
/// </summary>
internal static class AccessSetup
{
    public const string Scheme = "SwarmNet";
    /// <summary>Modules require it by this name (<see cref="Roles.PlatformAdmin"/>), before the body is read.</summary>
    public const string PlatformAdminPolicy = Roles.PlatformAdmin;

    public static IServiceCollection AddSwarmNetAccess(this IServiceCollection services, IConfiguration configuration)
    {
        // Cookies are encrypted with the data-protection key ring: keep it in the data folder so a restart signs
        // nobody out; several hosts must share the folder (or a key store) to read each other's cookies (docs/adr/0031).
        services.AddDataProtection().SetApplicationName("SwarmNet")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["Access:KeysFolder"] ?? "data/keys"));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultSignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultSignOutScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie ou jeton d'API", o => o.ForwardDefaultSelector = http =>
                ApiTokenAuthenticationHandler.HasBearer(http.Request) ? ApiTokenAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "swarmnet.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Idle timeout of the cookie; the session behind it also ends Access:SessionHours after sign-in (docs/adr/0055).
                o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Access:SessionIdleMinutes", 480));
                o.SlidingExpiration = true;
                // An API answers 401/403 problem details; a browser opening a page is sent to the sign-in page instead.
                o.LoginPath = "/sign-in";
                o.Events.OnRedirectToLogin = context =>
                {
                    if (!OpensPage(context.Request))
                        return AccessProblems.WriteUnauthorizedAsync(context.HttpContext);
                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context => AccessProblems.WriteForbiddenAsync(context.HttpContext);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        // Limits are declared by the endpoints (sign-in: per client address); a refusal is a 429 problem with Retry-After.
        services.AddRateLimiter(o => o.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            await Problems.TooManyAttempts(context.HttpContext, retryAfter).ExecuteAsync(context.HttpContext);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PlatformAdminPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(context =>
                context.Resource is HttpContext http && http.RequestServices.GetRequiredService<ActorContext>().Current.IsPlatformAdmin));
        return services;
    }

    /// <summary>Authentication, then the actor, then authorization, then the organisation or resource the route names.</summary>
    public static WebApplication UseSwarmNetAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<OrganizationScopeMiddleware>();
        app.UseRouteVisibility();
        return app;
    }

    /// <summary>Any signed-in user; in Development the API reference stays open for convenience.</summary>
    public static TBuilder OpenInDevelopment<TBuilder>(this TBuilder builder, IHostEnvironment environment)
        where TBuilder : IEndpointConventionBuilder =>
        environment.IsDevelopment() ? builder.AllowAnonymous() : builder;

    /// <summary>A browser navigating to a page (GET, HTML accepted) outside the API: it is shown the sign-in page.</summary>
    public static bool OpensPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/api")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
