using Microsoft.AspNetCore.Http;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>
/// Problems the framework writes by itself (unknown route, wrong method, unsupported body, unhandled error) carry only
/// an English reason phrase: they get a French title and detail (English with Accept-Language: en) like every other
/// problem. Problems SwarmNet writes always carry a detail and are left as they are.
/// </summary>
internal static class ProblemTexts
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
            return;
        var method = context.HttpContext.Request.Method;
        var (title, detail, type) = problem.Status switch
        {
            StatusCodes.Status404NotFound => (Text.T("Introuvable", "Not found"),
                Text.T("Aucune ressource à cette adresse.", "Nothing at this address."), "not-found"),
            StatusCodes.Status405MethodNotAllowed => (Text.T("Méthode non autorisée", "Method not allowed"),
                Text.T($"Cette adresse n'accepte pas la méthode {method}.", $"This address does not accept the {method} method."), "method-not-allowed"),
            StatusCodes.Status415UnsupportedMediaType => (Text.T("Type de contenu non pris en charge", "Unsupported media type"),
                Text.T("Envoyez le corps au format attendu (JSON, sauf mention contraire).", "Send the body in the expected format (JSON unless stated otherwise)."),
                "unsupported-media-type"),
            StatusCodes.Status500InternalServerError => (Text.T("Erreur interne", "Internal error"),
                Text.T("Une erreur inattendue est survenue ; elle a été consignée. Réessayez plus tard.", "An unexpected error occurred and was logged. Try again later."),
                "internal-error"),
            _ => (Text.T("Requête impossible", "Request failed"), Text.T("La requête n'a pas pu aboutir.", "The request could not be completed."), "error"),
        };
        problem.Title = title;
        problem.Detail = detail;
        problem.Type = "https://swarmnet.local/problems/" + type;
    }
}
