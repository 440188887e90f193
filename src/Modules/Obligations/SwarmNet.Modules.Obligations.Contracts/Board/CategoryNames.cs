using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Contracts.Board;

/// <summary>The obligation categories of the terms, as a reader names them; and the contract kinds the board filters by.</summary>
public static class CategoryNames
{
    public static string Label(string category) => category switch
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

    public static readonly string[] ContractKinds = ["licence", "affiliation", "partnership"];

    public static string ContractKind(string kind) => kind switch
    {
        "licence" => Text.T("contrats de licence de marque", "brand licences"),
        "affiliation" => Text.T("conventions d'affiliation", "affiliation agreements"),
        "partnership" => Text.T("contrats de partenariat", "partnership contracts"),
        _ => kind,
    };
}
