using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Demo;

/// <summary>
/// La Conciergerie Solidaire's network as the demo tells it: STEP affiliated for six months, La Régie de quartier
/// Saint-Michel (a Les Triporteurs candidate too) for four, Envol from this month; the charter in two versions — STEP read
/// both, La Régie read the first late and is late with the second, Envol has the second to read — and one purchasing programme.
/// </summary>
internal static class DemoAffiliations
{
    public const string Grantor = "La Conciergerie Solidaire";
    public const string NetworkName = "Conciergeries solidaires";
    private const string Brand = "La Conciergerie Solidaire";

    /// <param name="Siret">Registered by the network head by its SIRET: the structure already on the platform is attached, not duplicated.</param>
    /// <param name="Acknowledges">Days after each version reached it that the affiliate acknowledged it (null: not yet).</param>
    public sealed record DemoAffiliate(string Name, int StartInMonths, string? Siret, int?[] Acknowledges, bool JoinsPurchasing);

    public static readonly DemoAffiliate[] Affiliates =
    [
        new("STEP", -6, null, [5, 5], true),
        new("Régie de quartier Saint-Michel", -4, "31467135500019", [40, null], true),
    ];

    /// <summary>Joins after both versions: the second reaches it on its activation.</summary>
    public static readonly DemoAffiliate Newcomer = new("Envol Intérim d'insertion", 0, null, [null], false);

    public sealed record DemoCharter(int DaysAgo, string Summary, string Text);

    public static readonly DemoCharter[] CharterStory =
    [
        new(100, "Première charte du réseau", "Nos valeurs : des emplois d'insertion, un service de proximité, une gouvernance partagée. Chaque conciergerie s'y engage."),
        new(45, "Usage du logo et accueil des salariés en insertion", "Le logo figure sur chaque point de service ; chaque salarié en insertion a un tuteur désigné dès son arrivée."),
    ];

    public const int AcknowledgeWithinDays = 30;

    public const string Purchasing = "Achats groupés de produits d'entretien écologiques";

    public static AffiliationContent Content(DateOnly effective) => new(
        [
            new DistinctiveSign(SignKind.Name, Brand, "Le nom sur la vitrine et les documents", SignExit.Remove),
            new DistinctiveSign(SignKind.Logo, Brand, "Fichiers du logo", SignExit.Return),
            new DistinctiveSign(SignKind.VisualCharter, Brand, "Kit graphique et modèles", SignExit.Return),
        ],
        [
            new NetworkService(ServiceKind.ItTools, "Logiciel de conciergerie", "Commandes, tournées, facturation", new ServiceCost(25m, CostPeriod.Monthly)),
            new NetworkService(ServiceKind.PurchasingCentre, "Centrale d'achats", "Fournisseurs référencés par le réseau", null),
            new NetworkService(ServiceKind.TrainingProgramme, "Parcours des encadrant·es", "Trois jours par an", null),
            new NetworkService(ServiceKind.NationalCommunication, "Communication nationale", null, null),
        ],
        false, new ContractTerm(effective, null, NoticeDays: 90), null,
        [
            new ObligationTerm { Code = "RAPPORT", Title = "Rapport d'activité et d'impact", Category = "impact", Actor = ObligationVocabulary.Grantee, Evidence = "file",
                Schedule = new() { Kind = "annually", Month = 3, Day = 31 }, Reminders = [30, 7] },
            new ObligationTerm { Code = "RENCONTRE", Title = "Rencontre nationale du réseau", Category = "governance", Actor = ObligationVocabulary.Grantee,
                Evidence = "none", Schedule = new() { Kind = "annually", Month = 6, Day = 15 } },
            new ObligationTerm { Code = "AUDIT", Title = "Visite qualité", Category = "audit", Actor = ObligationVocabulary.Grantor, Evidence = "file",
                Schedule = new() { Kind = "annually", Anniversary = true }, Reminders = [15] },
        ],
        new ExitTerms(90, ["Manquement grave à la charte", "Cessation d'activité"], "Retrait des enseignes sous 30 jours", "Rachat des supports par le réseau",
            "Restitution des fichiers clients"));
}
