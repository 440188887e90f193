namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>The actions a contract's history records, as its readers name them (the details say the rest).</summary>
public static class HistoryActions
{
    public static string Label(string action) => action switch
    {
        "drafted" => Text.T("Rédaction", "Drafted"),
        "edited" => Text.T("Modification du brouillon", "Draft edited"),
        "signed" => Text.T("Signature", "Signed"),
        "signatureVoided" => Text.T("Signature annulée", "Signature voided"),
        "activated" => Text.T("Entrée en vigueur", "In force"),
        "suspended" => Text.T("Suspension", "Suspended"),
        "resumed" => Text.T("Reprise", "Resumed"),
        "noticeGiven" => Text.T("Préavis de résiliation", "Notice given"),
        "terminated" => Text.T("Résiliation", "Terminated"),
        "expired" => Text.T("Expiration", "Expired"),
        "renewed" => Text.T("Reconduction", "Renewed"),
        "renewalDecided" => Text.T("Décision de reconduction", "Renewal decided"),
        "amendmentProposed" => Text.T("Avenant proposé", "Amendment proposed"),
        "amendmentSigned" => Text.T("Avenant signé", "Amendment signed"),
        "amendmentWithdrawn" => Text.T("Avenant retiré", "Amendment withdrawn"),
        "amended" => Text.T("Avenant en vigueur", "Amendment in force"),
        "documentAttached" => Text.T("Document joint", "Document attached"),
        "brandUseSubmitted" => Text.T("Usage de la marque soumis", "Brand use submitted"),
        "brandUseDecided" => Text.T("Usage de la marque décidé", "Brand use decided"),
        _ => Text.T("Événement", "Event"),
    };
}
