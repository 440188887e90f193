using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>The kinds a network head keeps templates of, by the word their routes use, with the form's title.</summary>
public static class TemplateKinds
{
    public static readonly string[] All = ["licence", "affiliation", "partnership"];

    public static string? Title(string kind) => kind switch
    {
        "licence" => Text.T("Nouveau modèle de licence", "New licence template"),
        "affiliation" => Text.T("Nouveau modèle de convention d'affiliation", "New affiliation agreement template"),
        "partnership" => Text.T("Nouveau modèle de contrat de partenariat", "New partnership contract template"),
        _ => null,
    };

    public static string Href(Guid networkId, string kind) => $"/networks/{networkId}/templates/new/{kind}";
}
