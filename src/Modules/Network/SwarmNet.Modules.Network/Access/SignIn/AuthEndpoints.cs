using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.SignIn;

/// <summary>Sign-in by cookie for the web app; the host's default sign-in scheme is the cookie.</summary>
internal static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/sign-in", async (SignIn command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command, ct);
                if (outcome.UserId is not { } userId)
                    return SignInFailed();
                var identity = new ClaimsIdentity(
                    [new Claim(AccessClaims.UserId, userId.ToString()), new Claim(AccessClaims.DisplayName, outcome.DisplayName ?? "")], "password");
                await http.SignInAsync(new ClaimsPrincipal(identity));
                return Results.Ok(new { userId, displayName = outcome.DisplayName });
            })
            .AllowAnonymous()
            .WithName("SignIn").WithSummary("Se connecter (cookie)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status400BadRequest);

        auth.MapPost("/sign-out", async (HttpContext http) =>
            {
                await http.SignOutAsync();
                return Results.NoContent();
            })
            .WithName("SignOut").WithSummary("Se déconnecter");

        auth.MapGet("/me", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMe(), ct))
            .WithName("GetMe").WithSummary("L'utilisateur connecté et ses organisations");

        auth.MapPost("/invitations/accept", (AcceptInvitation command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .AllowAnonymous()
            .WithName("AcceptInvitation").WithSummary("Accepter une invitation (crée le compte au besoin)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    // One answer for every failure (unknown e-mail, wrong password, locked): it must not tell which.
    private static IResult SignInFailed() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: Text.T("Connexion refusée", "Sign-in refused"),
        detail: Text.T("E-mail ou mot de passe incorrect, ou compte bloqué 15 minutes après 5 échecs.",
            "Wrong e-mail or password, or account locked for 15 minutes after 5 failures."),
        type: "https://swarmnet.local/problems/sign-in-failed");
}
