using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Host.Access;

/// <summary>The 401 and 403 bodies: problem details like every other error (docs/adr/0005).</summary>
internal static class AccessProblems
{
    public static Task WriteUnauthorizedAsync(HttpContext http) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: Text.T("Connexion requise", "Sign-in required"),
            detail: Text.T("Connectez-vous, ou présentez un jeton d'API valide (Authorization: Bearer …).",
                "Sign in, or send a valid API token (Authorization: Bearer …)."),
            type: "https://swarmnet.local/problems/unauthorized").ExecuteAsync(http);

    public static Task WriteForbiddenAsync(HttpContext http) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Text.T("Action non autorisée", "Forbidden"),
            detail: Text.T("Votre rôle ne permet pas cette action.", "Your role does not allow this."),
            type: "https://swarmnet.local/problems/forbidden").ExecuteAsync(http);
}
