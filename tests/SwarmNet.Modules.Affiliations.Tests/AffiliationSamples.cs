using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>An agreement of the Les Triporteurs network effective 1 December 2026: its name and logo, two services, fees or none.</summary>
internal static class AffiliationSamples
{
    public static readonly DateOnly Effective = new(2026, 12, 1);

    public static readonly DistinctiveSign Name = new(SignKind.Name, "Les Triporteurs", "Le nom sur les vélos et la vitrine", SignExit.Remove);

    public static readonly DistinctiveSign Logo = new(SignKind.Logo, "les  TRIPORTEURS", "Fichiers du logo", SignExit.Return);

    public static readonly NetworkService[] Services =
    [
        new(ServiceKind.ItTools, "Logiciel de tournées", null, new ServiceCost(30.00m, CostPeriod.Monthly)),
        new(ServiceKind.TrainingProgramme, "Formation des coursiers", "Deux jours par an", null),
    ];

    public static readonly ObligationTerm[] Commitments =
    [
        new() { Code = "RAPPORT", Title = "Rapport d'activité et d'impact", Category = "impact", Actor = "grantee", Evidence = "file",
            Schedule = new() { Kind = "annually", Anniversary = true }, Reminders = [15] },
        new() { Code = "RENCONTRE", Title = "Rencontre nationale du réseau", Category = "governance", Actor = "grantee", Evidence = "none",
            Schedule = new() { Kind = "annually", Month = 6, Day = 15 } },
    ];

    public static readonly ExitTerms Exit = new(60, ["Manquement grave à la charte"], "Retrait des enseignes sous 30 jours", "Rachat des supports",
        "Restitution des données");

    /// <summary>An entry fee, a yearly membership fee and a 2 % royalty, on accounts fee and royalty.</summary>
    public static RoyaltyTerms Fees(DateOnly effective) => new()
    {
        EffectiveDate = effective, Periodicity = "annual", RoyaltyYear = "contract", VatRate = 0.20m,
        Components =
        [
            new() { Type = "oneOff", Label = "Droit d'entrée", Account = "fee", Amount = 500m, Date = effective },
            new() { Type = "fixed", Label = "Cotisation annuelle", Account = "fee", Amount = 1200m },
            new() { Type = "percentage", Label = "Redevance", Account = "royalty", Rate = 0.02m },
        ],
    };

    public static AffiliationContent Content(RoyaltyTerms? fees = null, ExitTerms? exit = null, bool exclusive = false, DateOnly? effective = null) => new(
        [Name, Logo], Services, exclusive, new ContractTerm(effective ?? Effective, null, NoticeDays: 60), fees, Commitments, exit ?? Exit);
}
