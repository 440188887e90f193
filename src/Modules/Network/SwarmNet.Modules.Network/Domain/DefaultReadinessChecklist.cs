using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Domain;

/// <summary>What makes essaimage succeed, checked before anything is signed: the default template of every network.</summary>
internal static class DefaultReadinessChecklist
{
    public static readonly IReadOnlyList<ChecklistTemplateItem> Items =
    [
        new("REFERENT", "Un·e référent·e interne est désigné·e, avec du temps dédié", true),
        new("IMPACT", "L'impact sur l'organisation et ses équipes a été évalué", true),
        new("ADAPTATION", "Un plan d'appropriation et d'adaptation au contexte local existe, avec son calendrier", true),
        new("FINANCING", "Un plan de financement couvre la montée en charge et le besoin en fonds de roulement", true),
        new("EXIT_TERMS", "Les modalités de séparation (sortie) sont convenues avant la signature", true),
        new("TRUST", "La confiance est établie : au moins une rencontre entre les deux structures est consignée", true),
    ];
}
