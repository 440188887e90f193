using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>
/// The three kinds of contract as the pages show them: the kernel's word for the kind, the pages' path, the API's path
/// (documents download from there) and the titles. A kind's pages are two lines each over the shared components.
/// </summary>
public sealed record ContractKind(string Kind, string Path, string ApiPath, Func<string> Plural, Func<string> Singular)
{
    public static readonly ContractKind Licence = new("licence", "/licences", "/api/licences",
        () => Text.T("Contrats de licence de marque", "Brand licences"), () => Text.T("Contrat de licence de marque", "Brand licence"));

    public static readonly ContractKind Affiliation = new("affiliation", "/affiliations", "/api/affiliations",
        () => Text.T("Conventions d'affiliation", "Affiliation agreements"), () => Text.T("Convention d'affiliation", "Affiliation agreement"));

    public static readonly ContractKind Partnership = new("partnership", "/partnerships", "/api/partnerships",
        () => Text.T("Contrats de partenariat", "Partnership contracts"), () => Text.T("Contrat de partenariat", "Partnership contract"));
}
