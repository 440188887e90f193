using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SwarmNet.Host.Platform;

/// <summary>
/// What makes the API description one a client can be generated from (Redocly's recommended rules, linted in CI):
/// the public server URL, the two ways to authenticate, a 401 on every operation that needs them, described tags.
/// </summary>
internal static class OpenApiShape
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Plateforme"] = "Santé et informations de la plateforme.",
        ["Accès"] = "Connexion, jetons d'API personnels, invitations, mot de passe oublié.",
        ["Organisations"] = "Têtes de réseau et structures locales.",
        ["Réseaux"] = "Réseaux, marques et prérequis de lancement.",
        ["Candidatures"] = "Candidatures, prérequis de lancement et DIP.",
        ["Membres"] = "Membres et invitations d'une organisation.",
        ["Partenariats"] = "Contrats de partenariat : partenaires et signatures, apports, comité de pilotage, jalons, indicateurs d'impact.",
        ["Modèles de partenariat"] = "Modèles de partenariat d'une tête de réseau.",
    };

    public static Task DocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var publicUrl = context.ApplicationServices.GetRequiredService<IConfiguration>()["Access:PublicUrl"] ?? SwarmNetApp.DefaultUrl;
        document.Servers = [new OpenApiServer { Url = publicUrl.TrimEnd('/') }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "swarmnet.auth",
                Description = "Le cookie posé par POST /api/auth/sign-in (navigateur).",
            },
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "Un jeton d'API personnel (swn_…), créé par POST /api/auth/tokens (scripts).",
            },
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
        ];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "") ?? $"Opérations « {tag.Name} ».";
        return Task.CompletedTask;
    }

    /// <summary>Anonymous operations say so (an empty requirement); the others list the 401 every one of them can answer.</summary>
    public static Task OperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Responses ??= new OpenApiResponses();
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement()];
            if (!operation.Responses.Keys.Any(k => k.StartsWith('4')))
                operation.Responses["400"] = new OpenApiResponse { Description = "Requête invalide (problem details)." };
        }
        else
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Connexion requise (problem details)." });
        return Task.CompletedTask;
    }
}
