using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>The partnership the scenarios draft: Simplon leads, STEP hosts, the Région funds; in force from 1 July 2026 for two years.</summary>
internal static class PartnershipSamples
{
    public static readonly DateOnly Effective = new(2026, 7, 1);

    public static PartnershipContent Pau(PartnershipWorld w) => new(
        "Fabrique numérique de Pau", "Former aux métiers du numérique des personnes éloignées de l'emploi, à Pau, gratuitement et avec certification.",
        [
            new(w.Simplon.Id, PartnerRole.Lead, new("Directrice générale Simplon", "Directrice générale")),
            new(w.Step.Id, PartnerRole.Host, new("Directeur STEP", "Directeur")),
            new(w.Region.Id, PartnerRole.Funder, new("Vice-présidente formation", "Vice-présidente")),
        ],
        new ContractTerm(Effective, Effective.AddYears(2).AddDays(-1), TacitRenewal: false, NoticeDays: 90),
        [new() { Code = "BILAN", Title = "Bilan annuel partagé", Category = "reporting", Actor = w.Step.Id.ToString(), Evidence = "file",
            Schedule = new() { Kind = "annually", Month = 1, Day = 31 } }],
        Exit, "Le matériel acheté en commun revient à la structure d'accueil.", "Les supports pédagogiques restent sous licence libre ; les données d'impact sont partagées.",
        Contributions(w), new CommitteeTerms(CommitteeCadence.Quarterly, "Comité de pilotage de la fabrique"), Milestones(w), Indicators,
        new ReportingTerms([w.Step.Id, w.Simplon.Id], 30));

    /// <summary>Trainees (of whom women, refugees, people with disabilities), certifications, and people in employment six months later.</summary>
    public static readonly IndicatorTerms[] Indicators =
    [
        new("TRAINEES", "Apprenant·es entré·es en formation", "personnes", IndicatorAggregation.Sum,
            [new("WOMEN", "femmes"), new("REFUGEES", "personnes réfugiées"), new("DISABLED", "personnes en situation de handicap")]),
        new("CERTIFIED", "Certifications obtenues", "personnes", IndicatorAggregation.Sum),
        new("EMPLOYED6M", "En emploi six mois après la formation", "personnes", IndicatorAggregation.Latest, [new("WOMEN", "femmes")]),
    ];

    /// <summary>Simplon's teaching kit, due at the end of October 2026; STEP's first certified class, due at the end of March 2027.</summary>
    public static MilestoneTerms[] Milestones(PartnershipWorld w) =>
    [
        new("KIT", MilestoneKind.Deliverable, "Kit pédagogique adapté au public de Pau", w.Simplon.Id, new DateOnly(2026, 10, 31)),
        new("PROMO-1", MilestoneKind.Milestone, "Première promotion certifiée", w.Step.Id, new DateOnly(2027, 3, 31), "Titre professionnel développeur·se web"),
    ];

    /// <summary>The Région pays STEP in two instalments, STEP lends its rooms, Simplon's trainers give twenty days.</summary>
    public static ContributionTerms[] Contributions(PartnershipWorld w) =>
    [
        new("REGION", ContributionKind.Financial, w.Region.Id, w.Step.Id, "Subvention de fonctionnement de la fabrique", Amount: 30000m,
            Schedule: [new(new DateOnly(2026, 9, 30), 12000m), new(new DateOnly(2027, 3, 31), 18000m)]),
        new("LOCAUX", ContributionKind.InKind, w.Step.Id, w.Simplon.Id, "Salle de formation équipée, 3 jours par semaine", Valuation: 8000m,
            DueDate: new DateOnly(2026, 9, 1)),
        new("FORMATEURS", ContributionKind.StaffTime, w.Simplon.Id, w.Step.Id, "Formateurs Simplon pour le jury de certification", Valuation: 12000m, Days: 20m,
            DueDate: new DateOnly(2027, 6, 30)),
    ];

    public static readonly ExitTerms Exit = new(90, ["Manquement grave d'un partenaire", "Fin du financement"], "Retrait des mentions Simplon sous 30 jours",
        "Restitution du matériel prêté", "Restitution des données des apprenants et suppression sous 3 mois");
}
