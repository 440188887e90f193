using System.Security.Claims;
using System.Text.Encodings.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Access;

/// <summary>Personal API tokens (<c>Authorization: Bearer swn_…</c>): the Network module says whose token it is, if any.</summary>
internal sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
            return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString()[Bearer.Length..].Trim();
        var userId = await Context.RequestServices.GetRequiredService<IMediator>().Send(new AuthenticateApiToken(token), Context.RequestAborted);
        if (userId is null)
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");
        var identity = new ClaimsIdentity([new Claim(AccessClaims.UserId, userId.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return AccessProblems.WriteUnauthorizedAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AccessProblems.WriteForbiddenAsync(Context);
}
