using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>The words of obligation terms (categories, evidence, contract kinds) as a reader names them.</summary>
public static class ObligationLabels
{
    public static string Category(string category) => category switch
    {
        "reporting" => Text.T("rapports", "reporting"),
        "payment" => Text.T("paiements", "payments"),
        "compliance" => Text.T("conformité", "compliance"),
        "training" => Text.T("formation", "training"),
        "insurance" => Text.T("assurance", "insurance"),
        "audit" => Text.T("audit", "audit"),
        "governance" => Text.T("gouvernance", "governance"),
        "impact" => Text.T("impact", "impact"),
        _ => category,
    };

    /// <summary>What an occurrence is handed in with (<see cref="ObligationVocabulary.Evidence"/>).</summary>
    public static string Evidence(string evidence) => evidence switch
    {
        "none" => Text.T("aucun", "none"),
        "file" => Text.T("un fichier", "a file"),
        "indicators" => Text.T("des indicateurs", "indicators"),
        "declaration" => Text.T("la déclaration de chiffre d'affaires HT", "the revenue declaration"),
        _ => evidence,
    };

    public static readonly string[] ContractKinds = ["licence", "affiliation", "partnership"];

    public static string ContractKind(string kind) => kind switch
    {
        "licence" => Text.T("contrats de licence de marque", "brand licences"),
        "affiliation" => Text.T("conventions d'affiliation", "affiliation agreements"),
        "partnership" => Text.T("contrats de partenariat", "partnership contracts"),
        _ => kind,
    };
}
