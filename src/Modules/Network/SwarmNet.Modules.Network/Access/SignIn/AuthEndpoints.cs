using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Access.PasswordChange;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Sessions;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.SignIn;

/// <summary>
/// Sign-in by cookie for the web app (the host's default sign-in scheme is the cookie), sign-out, password change.
/// What checks a password is limited per client address (<see cref="AccessClaims.PasswordAttemptsPolicy"/>).
/// </summary>
internal static class AuthEndpoints
{
    public sealed record Credentials(string Email, string Password);

    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/sign-in", async (Credentials body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new SignIn(body.Email, body.Password, ClientAddress.Of(http)), ct);
                if (outcome.RetryAfter > TimeSpan.Zero)
                    return Problems.TooManyAttempts(http, outcome.RetryAfter);
                if (outcome is not { UserId: { } userId, SessionId: { } sessionId })
                    return SignInFailed();
                var identity = new ClaimsIdentity(
                [
                    new Claim(AccessClaims.UserId, userId.ToString()), new Claim(AccessClaims.DisplayName, outcome.DisplayName ?? ""),
                    new Claim(AccessClaims.SessionId, sessionId.ToString()),
                ], "password");
                await http.SignInAsync(new ClaimsPrincipal(identity));
                return Results.Ok(new { userId, displayName = outcome.DisplayName });
            })
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("SignIn").WithSummary("Se connecter (cookie)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/sign-out", async (IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                await mediator.Send(new SignOut(), ct);
                await http.SignOutAsync();
                return Results.NoContent();
            })
            .WithName("SignOut").WithSummary("Se déconnecter (la session se ferme aussi côté serveur)");

        auth.MapPost("/password", async (ChangePassword body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(body, ct);
                return Results.NoContent();
            })
            .RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("ChangePassword").WithSummary("Changer de mot de passe (ferme les autres sessions)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapGet("/me", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMe(), ct))
            .WithName("GetMe").WithSummary("L'utilisateur connecté et ses organisations");

        auth.MapPost("/invitations/accept", (AcceptInvitation command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("AcceptInvitation").WithSummary("Accepter une invitation (crée le compte au besoin)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    // One answer for every failure (unknown e-mail, wrong password, disabled): it must not tell which.
    private static IResult SignInFailed() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: Text.T("Connexion refusée", "Sign-in refused"),
        detail: Text.T("E-mail ou mot de passe incorrect. Après plusieurs échecs, chaque nouvel essai attend un peu plus.",
            "Wrong e-mail or password. After several failures, each new attempt waits a little longer."),
        type: "https://swarmnet.local/problems/sign-in-failed");
}
