using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Demo;

/// <summary>
/// The Les Triporteurs brand licences the demo tells: STEP's in Pau running for 20 months (the royalty demo declares 18 of
/// them), La Fabrique's in Bayonne for 7, Lyon signed, Toulouse in draft.
/// </summary>
internal static class DemoLicences
{
    public const string Grantor = "Les Triporteurs";
    public const string Network = "Les Triporteurs";

    public sealed record DemoLicence(string Licensee, Territory Territory, bool Exclusive, int StartInMonths, bool Sign);

    public static readonly DemoLicence[] All =
    [
        new("STEP", new(["64445", "64348", "64129"], [], "Pau et agglomération"), true, -20, true),
        new("Tiers-lieu La Fabrique", new(["64102"], [], "Bayonne"), false, -7, true),
        new("Coopérative Roule Ma Poule", new(["69387"], [], "Lyon 7e arrondissement"), true, 1, true),
        new("Régie de quartier Saint-Michel", new(["31555"], [], "Toulouse centre"), false, 3, false),
    ];

    public static LicenceContent Content(DemoLicence demo, DateOnly effective) => new(
        new LicensedBrand("Les Triporteurs", "4512345", [39], ["Livraison du dernier kilomètre à vélo cargo", "Logistique urbaine mutualisée"]),
        demo.Territory, demo.Exclusive, SublicensingAllowed: false,
        new ContractTerm(effective, effective.AddYears(5).AddDays(-1), TacitRenewal: true, RenewalMonths: 36, NoticeDays: 180),
        Royalties(effective), Obligations, Exit);

    private static RoyaltyTerms Royalties(DateOnly effective) => new()
    {
        EffectiveDate = effective, Periodicity = "monthly", RoyaltyYear = "contract", VatRate = 0.20m,
        Components =
        [
            new() { Type = "percentage", Label = "Redevance de marque", Account = "royalty", Rate = 0.05m, Categories = ["livraison"] },
            new() { Type = "oneOff", Label = "Droit d'entrée", Account = "fee", Amount = 3000.00m, Date = effective },
        ],
        RampUp = [new() { FromMonth = 1, ToMonth = 6, Discount = 0.5m }],
    };

    private static readonly ObligationTerm[] Obligations =
    [
        new() { Code = "DECL-CA", Title = "Déclaration mensuelle du chiffre d'affaires", Description = "Chiffre d'affaires HT du mois, par catégorie",
            Category = "reporting", Actor = "grantee", Evidence = "declaration", Schedule = new() { Kind = "afterPeriodEnd", Days = 15 },
            Reminders = [7, 1], EscalateAfterDays = 10 },
        new() { Code = "RAPPORT", Title = "Rapport d'activité annuel", Category = "reporting", Actor = "grantee", Evidence = "file",
            Schedule = new() { Kind = "annually", Month = 3, Day = 31 }, Reminders = [30, 7] },
        new() { Code = "ASSUR-RC", Title = "Attestation d'assurance responsabilité civile", Category = "insurance", Actor = "grantee", Evidence = "file",
            Schedule = new() { Kind = "annually", Anniversary = true }, Reminders = [15] },
        new() { Code = "AUDIT-CHARTE", Title = "Audit de conformité à la charte de marque", Category = "audit", Actor = "grantor", Evidence = "file",
            Schedule = new() { Kind = "annually", Anniversary = true } },
    ];

    private static readonly ExitTerms Exit = new(90,
        ["Non-paiement des redevances après mise en demeure restée sans effet", "Atteinte grave à l'image de la marque", "Cessation d'activité du licencié"],
        "Retrait des enseignes et livrées des vélos sous 30 jours", "Rachat par la tête de réseau des supports de marque en stock",
        "Restitution des données clients et suppression sous 3 mois");
}
