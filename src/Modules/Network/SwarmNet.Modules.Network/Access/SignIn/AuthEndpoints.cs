using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Contracts.Access;
using SignInRequest = SwarmNet.Modules.Network.Contracts.Access.SignIn;

namespace SwarmNet.Modules.Network.Access.SignIn;

/// <summary>Sign-in by cookie for the web app; the host's default sign-in scheme is the cookie.</summary>
internal static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/sign-in", async (SignInRequest command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command, ct);
                if (outcome.UserId is not { } userId)
                    return SignInFailed();
                await http.SignInAsync(AccessClaims.Principal(userId, outcome.DisplayName));
                return Results.Ok(new { userId, displayName = outcome.DisplayName });
            })
            .AllowAnonymous()
            .WithName("SignIn").WithSummary("Se connecter (cookie)")
            .Produces<SignInOutcome>()
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

        auth.MapPost("/password-reset", async (RequestPasswordReset command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return Results.Accepted();
            })
            .AllowAnonymous()
            .WithName("RequestPasswordReset").WithSummary("Demander un lien de réinitialisation du mot de passe (même réponse que le compte existe ou non)")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest);

        auth.MapPost("/password-reset/confirm", async (ResetPassword command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return Results.NoContent();
            })
            .AllowAnonymous()
            .WithName("ResetPassword").WithSummary("Choisir un nouveau mot de passe avec le lien reçu (usage unique)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult SignInFailed() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: Text.T("Connexion refusée", "Sign-in refused"),
        detail: SignInOutcome.FailureMessage,
        type: "https://swarmnet.local/problems/sign-in-failed");
}
