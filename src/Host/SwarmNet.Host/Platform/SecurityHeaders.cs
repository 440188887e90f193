namespace SwarmNet.Host.Platform;

/// <summary>
/// Headers every answer carries, errors included (set when the response starts, after the exception handler has
/// cleared it): no MIME sniffing, no framing, no referrer outside the site, and a content security policy the coming
/// Blazor Server pages live with (MudBlazor sets inline styles; the circuit's WebSocket is same-origin). The two
/// admin tools built by others (API reference, jobs dashboard) run inline scripts and get a looser policy.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string AdminToolsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly PathString[] AdminTools = ["/api-docs", "/jobs"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = AdminTools.Any(p => context.Request.Path.StartsWithSegments(p))
                ? AdminToolsContentSecurityPolicy
                : ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
