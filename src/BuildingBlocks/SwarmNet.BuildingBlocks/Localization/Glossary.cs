using SwarmNet.BuildingBlocks.ContractLifecycle;

namespace SwarmNet.BuildingBlocks.Localization;

/// <summary>
/// The words users read for statuses, stages and other coded values (../shared/GLOSSARY.md), in one place: a French
/// sentence shows <c>Glossary.Of(stage)</c>, never the enum's name. Enums of modules are keyed by their type's name,
/// since BuildingBlocks knows no module; a test checks every member of each listed enum has its label.
/// </summary>
public static class Glossary
{
    private static readonly Dictionary<string, (string French, string English)> Labels = new(StringComparer.Ordinal)
    {
        ["CandidacyStage.Lead"] = ("premier contact", "lead"),
        ["CandidacyStage.Qualification"] = ("qualification", "qualification"),
        ["CandidacyStage.Readiness"] = ("préparation", "readiness"),
        ["CandidacyStage.Contracting"] = ("contractualisation", "contracting"),
        ["CandidacyStage.Launched"] = ("lancée", "launched"),
        ["CandidacyStage.Declined"] = ("refusée", "declined"),
        ["CandidacyStage.Withdrawn"] = ("abandonnée", "withdrawn"),
        ["RenewalDecision.None"] = ("pas de décision", "no decision"),
        ["RenewalDecision.Renew"] = ("renouvellement", "renewal"),
        ["RenewalDecision.DoNotRenew"] = ("non-reconduction", "no renewal"),
        ["ContractParty.Grantor"] = ("tête de réseau", "network head"),
        ["ContractParty.Grantee"] = ("structure locale", "local structure"),
        ["PartnerRole.Lead"] = ("chef de file", "lead partner"),
        ["PartnerRole.Operator"] = ("opérateur", "operator"),
        ["PartnerRole.Host"] = ("structure d'accueil", "host structure"),
        ["PartnerRole.Funder"] = ("financeur", "funder"),
        ["PartnerRole.Associate"] = ("partenaire associé", "associate partner"),
        ["ContributionKind.Financial"] = ("apport financier", "financial contribution"),
        ["ContributionKind.InKind"] = ("apport en nature", "in-kind contribution"),
        ["ContributionKind.StaffTime"] = ("apport en temps de personnel", "staff time contribution"),
        ["ProgressStatus.Planned"] = ("prévu", "planned"),
        ["ProgressStatus.Delivered"] = ("réalisé", "delivered"),
        ["ProgressStatus.Late"] = ("en retard", "late"),
        ["MilestoneKind.Milestone"] = ("jalon", "milestone"),
        ["MilestoneKind.Deliverable"] = ("livrable", "deliverable"),
        ["IndicatorAggregation.Sum"] = ("somme des périodes", "sum of periods"),
        ["IndicatorAggregation.Latest"] = ("dernière valeur", "latest value"),
        ["CommitteeCadence.Monthly"] = ("mensuel", "monthly"),
        ["CommitteeCadence.Quarterly"] = ("trimestriel", "quarterly"),
        ["CommitteeCadence.Annually"] = ("annuel", "annual"),
        ["BrandUseStatus.Submitted"] = ("soumis", "submitted"),
        ["BrandUseStatus.Approved"] = ("approuvé", "approved"),
        ["BrandUseStatus.Rejected"] = ("refusé", "rejected"),
        ["BrandUseKind.Flyer"] = ("flyer", "flyer"),
        ["BrandUseKind.VehicleLivery"] = ("livrée de véhicule", "vehicle livery"),
        ["BrandUseKind.Signage"] = ("enseigne", "signage"),
        ["BrandUseKind.Website"] = ("site web", "website"),
        ["BrandUseKind.SocialMedia"] = ("réseaux sociaux", "social media"),
        ["BrandUseKind.Other"] = ("autre usage", "other use"),
        ["SignKind.Name"] = ("nom", "name"),
        ["SignKind.Logo"] = ("logo", "logo"),
        ["SignKind.VisualCharter"] = ("charte graphique", "visual charter"),
        ["SignKind.Other"] = ("signe distinctif", "distinctive sign"),
        ["ServiceKind.ItTools"] = ("outils informatiques", "IT tools"),
        ["ServiceKind.PurchasingCentre"] = ("centrale d'achat", "purchasing centre"),
        ["ServiceKind.TrainingProgramme"] = ("programme de formation", "training programme"),
        ["ServiceKind.MethodsAndToolKits"] = ("méthodes et boîtes à outils", "methods and tool kits"),
        ["ServiceKind.NationalCommunication"] = ("communication nationale", "national communication"),
        ["ServiceKind.InsuranceScheme"] = ("contrat d'assurance groupe", "insurance scheme"),
        ["ServiceKind.Other"] = ("autre service", "other service"),
    };

    /// <summary>The enums whose labels live here, by type name (checked member by member in the architecture tests).</summary>
    public static IReadOnlyCollection<string> Types => Labels.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToList();

    /// <summary>The value's label in the current language; unknown values fail loudly rather than leak an enum name.</summary>
    public static string Of(Enum value)
    {
        var key = $"{value.GetType().Name}.{value}";
        return Labels.TryGetValue(key, out var label)
            ? Text.T(label.French, label.English)
            : throw new InvalidOperationException($"No glossary label for {key}.");
    }

    /// <summary>
    /// A contract status agreeing with its noun, as the glossary asks: une licence « signée », un contrat « signé ».
    /// </summary>
    public static string Of(ContractStatus status, bool feminine) => status switch
    {
        ContractStatus.Draft => Text.T("brouillon", "draft"),
        ContractStatus.Signed => Text.T(feminine ? "signée" : "signé", "signed"),
        ContractStatus.Active => Text.T("en vigueur", "active"),
        ContractStatus.Suspended => Text.T(feminine ? "suspendue" : "suspendu", "suspended"),
        ContractStatus.Terminated => Text.T(feminine ? "résiliée" : "résilié", "terminated"),
        ContractStatus.Expired => Text.T(feminine ? "expirée" : "expiré", "expired"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
