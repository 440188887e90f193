using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Demo;

/// <summary>
/// The partnerships the demo tells, dated from the quarter they started: Simplon's fabrique hosted by STEP in Pau with the
/// Région as funder (two years running), and the fabrique of the Pays basque hosted by Tiers-lieu La Fabrique (one year).
/// </summary>
internal static class DemoPartnerships
{
    public const string Lead = "Simplon";
    public const string Network = "Fabriques numériques Simplon";
    public const string Pau = "Fabrique numérique Simplon de Pau";
    public const string PaysBasque = "Fabrique numérique Simplon du Pays basque";
    public const string Funder = "Région Nouvelle-Aquitaine";

    private const string Objective = "Former gratuitement et jusqu'à la certification aux métiers du numérique des personnes qui en sont éloignées : "
                                      + "jeunes peu ou pas diplômés, demandeur·ses d'emploi, personnes réfugiées ou en situation de handicap, et des femmes, "
                                      + "sous-représentées dans ces métiers.";

    public static PartnershipContent PauContent(Guid simplon, Guid step, Guid region, DateOnly effective) => new(
        Pau, Objective,
        [
            new(simplon, PartnerRole.Lead, new("Directrice générale de Simplon", "Directrice générale")),
            new(step, PartnerRole.Host, new("Directeur de STEP", "Directeur")),
            new(region, PartnerRole.Funder, new("Vice-présidente formation et emploi", "Vice-présidente")),
        ],
        new(effective, effective.AddYears(3).AddDays(-1), TacitRenewal: false, NoticeDays: 90), [], Exit,
        "Le matériel informatique acheté en commun reste à STEP pour ses propres formations.",
        "Les supports pédagogiques restent sous licence libre ; chaque partenaire garde les données d'impact du partenariat.",
        [
            new("REGION", ContributionKind.Financial, region, step, "Subvention de fonctionnement de la fabrique", Amount: 90000m,
                Schedule: [.. Enumerable.Range(0, 6).Select(k => new Instalment(effective.AddMonths(6 * k).AddDays(14), 15000m))]),
            new("LOCAUX", ContributionKind.InKind, step, simplon, "Salle de formation équipée et accueil des apprenant·es", Valuation: 18000m,
                DueDate: effective.AddMonths(1)),
            new("FORMATEURS", ContributionKind.StaffTime, simplon, step, "Formateur·rices Simplon et jurys de certification", Valuation: 30000m, Days: 60m,
                DueDate: effective.AddMonths(24).AddDays(-1)),
        ],
        new CommitteeTerms(CommitteeCadence.Quarterly, "Comité de pilotage de la fabrique de Pau"),
        [
            new("KIT", MilestoneKind.Deliverable, "Kit pédagogique adapté au public de Pau", simplon, effective.AddMonths(2)),
            new("PROMO-1", MilestoneKind.Milestone, "Première promotion certifiée", step, effective.AddMonths(8)),
            new("PROMO-2", MilestoneKind.Milestone, "Deuxième promotion certifiée", step, effective.AddMonths(16)),
            new("BILAN-2", MilestoneKind.Deliverable, "Bilan à deux ans pour les financeurs", simplon, effective.AddMonths(25)),
            new("PROMO-4", MilestoneKind.Milestone, "Quatrième promotion certifiée", step, effective.AddMonths(32)),
        ],
        DemoIndicators.All, new ReportingTerms([step], 30));

    public static PartnershipContent PaysBasqueContent(Guid simplon, Guid fabrique, DateOnly effective) => new(
        PaysBasque, Objective,
        [
            new(simplon, PartnerRole.Lead, new("Directrice générale de Simplon", "Directrice générale")),
            new(fabrique, PartnerRole.Host, new("Gérante du tiers-lieu La Fabrique", "Gérante")),
        ],
        new(effective, effective.AddYears(2).AddDays(-1), TacitRenewal: true, RenewalMonths: 12, NoticeDays: 90), [], Exit,
        "Le matériel prêté par Simplon lui revient.", "Les supports pédagogiques restent sous licence libre.",
        [
            new("ESPACE", ContributionKind.InKind, fabrique, simplon, "Espace de formation du tiers-lieu, deux jours par semaine", Valuation: 9000m,
                DueDate: effective.AddMonths(1)),
            new("FORMATEURS", ContributionKind.StaffTime, simplon, fabrique, "Formateur·rices Simplon", Valuation: 15000m, Days: 30m, DueDate: effective.AddMonths(12)),
        ],
        new CommitteeTerms(CommitteeCadence.Annually), [], DemoIndicators.All, new ReportingTerms([fabrique], 30));

    private static readonly ExitTerms Exit = new(90, ["Manquement grave d'un partenaire à ses engagements", "Fin du financement de la fabrique"],
        "Retrait des mentions Simplon et de la marque des fabriques sous 30 jours", "Restitution du matériel prêté",
        "Restitution des données des apprenant·es et suppression sous 3 mois");
}
