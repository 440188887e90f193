using Microsoft.AspNetCore.Http;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>RFC 9457 problem details in the one shape every SwarmNet endpoint uses (docs/adr/0005).</summary>
public static class Problems
{
    /// <summary>400 with <c>errors: [{ path, message }]</c>, one entry per invalid field, paths as JSON pointers.</summary>
    public static IResult Validation(IEnumerable<FieldError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: Text.T("Données invalides", "Invalid data"),
            detail: Text.T("Corrigez les champs indiqués.", "Fix the fields listed."),
            type: "https://swarmnet.local/problems/validation",
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToArray() });

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Text.T("Introuvable", "Not found"),
            detail: detail, type: "https://swarmnet.local/problems/not-found");

    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Text.T("Action non autorisée", "Forbidden"),
            detail: detail, type: "https://swarmnet.local/problems/forbidden");

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: Text.T("Conflit", "Conflict"),
            detail: detail, type: "https://swarmnet.local/problems/conflict");

    /// <summary>503: the database stayed busy; nothing was written and the caller may retry (the handler adds Retry-After).</summary>
    public static IResult Busy() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Text.T("Service occupé", "Service busy"), detail: BusyDetail,
            type: "https://swarmnet.local/problems/busy");

    /// <summary>What a 503 says, and what a page shows when its command met a busy database.</summary>
    public static string BusyDetail => Text.T("La plateforme est très sollicitée : rien n'a été enregistré, réessayez dans un instant.",
        "The platform is very busy: nothing was saved, try again in a moment.");

    public static IResult TooLarge(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: Text.T("Fichier trop volumineux", "File too large"),
            detail: detail, type: "https://swarmnet.local/problems/too-large");

    /// <summary>429 with Retry-After (whole seconds, at least 1): too many attempts from this client or at this account.</summary>
    public static IResult TooManyAttempts(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: Text.T("Trop de tentatives", "Too many attempts"),
            detail: Text.T($"Réessayez dans {seconds} s.", $"Try again in {seconds} s."), type: "https://swarmnet.local/problems/too-many-attempts");
    }
}
