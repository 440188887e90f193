using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>A valid licence content for Les Triporteurs in Pau, to vary per test.</summary>
internal static class LicenceSamples
{
    public static readonly DateOnly Effective = new(2026, 12, 1);

    public static RoyaltyTerms Royalties(DateOnly effective) => new()
    {
        EffectiveDate = effective, Periodicity = "monthly", RoyaltyYear = "contract", VatRate = 0.20m,
        Components =
        [
            new() { Type = "percentage", Label = "Redevance de marque", Account = "royalty", Rate = 0.05m, Categories = ["livraison"] },
            new() { Type = "oneOff", Label = "Droit d'entrée", Account = "fee", Amount = 3000.00m, Date = effective },
        ],
    };

    public static readonly ObligationTerm Declaration = new()
    {
        Code = "DECL-CA", Title = "Déclaration mensuelle du chiffre d'affaires", Category = "reporting", Actor = "grantee",
        Evidence = "declaration", Schedule = new() { Kind = "afterPeriodEnd", Days = 15 },
    };

    public static readonly ExitTerms Exit = new(90, ["Non-paiement des redevances"], "Retrait des enseignes sous 30 jours",
        "Rachat du stock de supports", "Restitution des données clients");

    public static LicenceContent Pau(DateOnly? effective = null, bool exclusive = true, DateOnly? end = null) => new(
        new LicensedBrand("Les Triporteurs", "4512345", [39], ["Livraison à vélo cargo"]),
        new Territory(["64445", "64348"], [], "Pau et agglomération"), exclusive, false,
        new ContractTerm(effective ?? Effective, end ?? (effective ?? Effective).AddYears(3).AddDays(-1), TacitRenewal: true, RenewalMonths: 12, NoticeDays: 90),
        Royalties(effective ?? Effective), [Declaration], Exit);
}
