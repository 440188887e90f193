using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Demo;

/// <summary>The essaimage story the demo tells: three network heads, STEP in Pau, structures at every stage, and a funder.</summary>
internal static class DemoCatalog
{
    public sealed record DemoNetwork(string Owner, string Name, string[] Brands, string Concept);

    /// <param name="DisclosureDaysAgo">When the DIP was given, for a licence with exclusivity (signed no sooner than 20 full days after).</param>
    public sealed record DemoCandidacy(string Network, string Structure, string Model, string Territory, CandidacyStage Stage, int DaysInStage, string? Reason = null,
        int? DisclosureDaysAgo = null);

    public static readonly RegisterOrganization[] Organizations =
    [
        new("Simplon", OrganizationKind.NetworkHead, LegalForm.SasSarlEsus, null, null, "93100", "Montreuil"),
        new("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, "33000", "Bordeaux"),
        new("La Conciergerie Solidaire", OrganizationKind.NetworkHead, LegalForm.Scic, null, null, "33000", "Bordeaux"),
        new("STEP", OrganizationKind.LocalStructure, LegalForm.EntrepriseInsertion, null, null, "64000", "Pau", "Conventionnement EI (DREETS Nouvelle-Aquitaine)",
            new Referent("Référente STEP", "Directrice adjointe", "referente.step@demo.swarmnet.invalid", null, 30)),
        new("Régie de quartier Saint-Michel", OrganizationKind.LocalStructure, LegalForm.AssociationLoi1901, "31467135500019", null, "31000", "Toulouse"),
        new("Coopérative Roule Ma Poule", OrganizationKind.LocalStructure, LegalForm.Scop, null, null, "69007", "Lyon"),
        new("Tiers-lieu La Fabrique", OrganizationKind.LocalStructure, LegalForm.Scic, null, null, "64100", "Bayonne"),
        new("Jardins du Béarn", OrganizationKind.LocalStructure, LegalForm.Aci, null, null, "64300", "Orthez", "Conventionnement ACI (DREETS Nouvelle-Aquitaine)"),
        new("Envol Intérim d'insertion", OrganizationKind.LocalStructure, LegalForm.Etti, null, null, "59000", "Lille", "Conventionnement ETTI (DREETS Hauts-de-France)"),
        // A funder, partner of Simplon's fabrique in Pau (the Partnerships demo).
        new("Région Nouvelle-Aquitaine", OrganizationKind.LocalStructure, LegalForm.Other, null, null, "33000", "Bordeaux"),
    ];

    public static readonly DemoNetwork[] Networks =
    [
        new("Simplon", "Fabriques numériques Simplon", ["Simplon"], "Formations gratuites et inclusives aux métiers du numérique, ouvertes en partenariat avec des structures locales."),
        new("Les Triporteurs", "Les Triporteurs", ["Les Triporteurs"], "Livraison du dernier kilomètre à vélo cargo, portée par des structures d'insertion sous licence de marque."),
        new("La Conciergerie Solidaire", "Conciergeries solidaires", ["La Conciergerie Solidaire"], "Services de conciergerie d'entreprise créant des emplois d'insertion, en affiliation."),
    ];

    public static readonly DemoCandidacy[] Candidacies =
    [
        new("Les Triporteurs", "STEP", "Livraison à vélo cargo", "Pau et agglomération", CandidacyStage.Launched, 630, DisclosureDaysAgo: 700),
        new("Conciergeries solidaires", "STEP", "Conciergerie d'entreprise", "Pau", CandidacyStage.Launched, 200),
        new("Fabriques numériques Simplon", "STEP", "Formation développeur·se web", "Béarn", CandidacyStage.Launched, 300),
        new("Les Triporteurs", "Régie de quartier Saint-Michel", "Livraison à vélo cargo", "Toulouse centre", CandidacyStage.Qualification, 12),
        // Readiness done and the DIP given 40 days ago: its licence is signed, effective next month (the Licences demo).
        new("Les Triporteurs", "Coopérative Roule Ma Poule", "Livraison à vélo cargo", "Lyon 7e", CandidacyStage.Contracting, 12, DisclosureDaysAgo: 40),
        new("Conciergeries solidaires", "Tiers-lieu La Fabrique", "Conciergerie d'entreprise", "Pays basque", CandidacyStage.Lead, 5),
        new("Conciergeries solidaires", "Envol Intérim d'insertion", "Conciergerie d'entreprise", "Métropole lilloise", CandidacyStage.Contracting, 20),
        new("Fabriques numériques Simplon", "Jardins du Béarn", "Formation développeur·se web", "Orthez", CandidacyStage.Declined, 60,
            "Public accompagné trop éloigné du numérique à ce stade ; à revoir dans un an"),
    ];
}
