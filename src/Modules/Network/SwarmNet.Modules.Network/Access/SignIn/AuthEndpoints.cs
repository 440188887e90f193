using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.PasswordChange;
using SwarmNet.Modules.Network.Access.Sessions;
using SwarmNet.Modules.Network.Contracts.Access;
using SignInRequest = SwarmNet.Modules.Network.Contracts.Access.SignIn;

namespace SwarmNet.Modules.Network.Access.SignIn;

/// <summary>
/// Sign-in by cookie (the host's default sign-in scheme), sign-out, password change and reset, invitation acceptance.
/// What checks a password or sends a mail to anyone is limited per client address (<see cref="AccessClaims.PasswordAttemptsPolicy"/>).
/// </summary>
internal static class AuthEndpoints
{
    /// <summary>The body: the client's address comes from the connection, never from what the client says.</summary>
    public sealed record Credentials(string Email, string Password);

    public sealed record SignedIn(Guid UserId, string? DisplayName);

    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/sign-in", async (Credentials body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new SignInRequest(body.Email, body.Password, http.Connection.RemoteIpAddress), ct);
                if (outcome.RetryAfter > TimeSpan.Zero)
                    return Problems.TooManyAttempts(http, outcome.RetryAfter);
                if (outcome is not { UserId: { } userId, SessionId: { } sessionId })
                    return SignInFailed();
                await http.SignInAsync(AccessClaims.Principal(userId, outcome.DisplayName, sessionId));
                return Results.Ok(new SignedIn(userId, outcome.DisplayName));
            })
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("SignIn").WithSummary("Se connecter (cookie)")
            .Produces<SignedIn>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/sign-out", async (IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                await mediator.Send(new SignOut(), ct);
                await http.SignOutAsync();
                return Results.NoContent();
            })
            .WithName("SignOut").WithSummary("Se déconnecter (la session se ferme aussi côté serveur)")
            .Produces(StatusCodes.Status204NoContent);

        auth.MapPost("/password", async (ChangePassword body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(body, ct);
                return Results.NoContent();
            })
            .RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("ChangePassword").WithSummary("Changer de mot de passe (ferme les autres sessions)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapGet("/me", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetMe(), ct))
            .WithName("GetMe").WithSummary("L'utilisateur connecté et ses organisations");

        auth.MapPost("/invitations/accept", (AcceptInvitation command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("AcceptInvitation").WithSummary("Accepter une invitation (crée le compte au besoin)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/password-reset", async (RequestPasswordReset command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return Results.Accepted();
            })
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("RequestPasswordReset").WithSummary("Demander un lien de réinitialisation du mot de passe (même réponse que le compte existe ou non)")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/password-reset/confirm", async (ResetPassword command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return Results.NoContent();
            })
            .AllowAnonymous().RequireRateLimiting(AccessClaims.PasswordAttemptsPolicy)
            .WithName("ResetPassword").WithSummary("Choisir un nouveau mot de passe avec le lien reçu (usage unique, ferme les sessions)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static IResult SignInFailed() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: Text.T("Connexion refusée", "Sign-in refused"),
        detail: SignInOutcome.FailureMessage,
        type: "https://swarmnet.local/problems/sign-in-failed");
}
