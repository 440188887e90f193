using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Kinds;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Records;

namespace SwarmNet.ContractKernel.Tests;

/// <summary>Contracts as the kernel's rules see them, to vary per test.</summary>
internal static class Records
{
    public static readonly Guid Head = Guid.CreateVersion7();
    public static readonly Guid Step = Guid.CreateVersion7();

    public static readonly ContractKindInfo Info = new("tests", "test", new ContractNoun("licence", "licence", true, "Test"));

    public static ContractRecord Active(int exitNoticeDays = 90, DateOnly? end = null, DateOnly? terminatesOn = null,
        ContractStatus status = ContractStatus.Active, RenewalDecision decision = RenewalDecision.None)
    {
        var contract = Record(exitNoticeDays, end, terminatesOn, status, decision);
        contract.Parties = SigningParty.GrantorAndGrantee(contract);
        return contract;
    }

    private static ContractRecord Record(int exitNoticeDays, DateOnly? end, DateOnly? terminatesOn, ContractStatus status, RenewalDecision decision) => new()
    {
        Id = Guid.CreateVersion7(), GrantorOrganizationId = Head, GrantorName = "Les Triporteurs", GranteeOrganizationId = Step, GranteeName = "STEP",
        EffectiveDate = new DateOnly(2026, 1, 1), EndDate = end ?? new DateOnly(2028, 12, 31), NoticeDays = 30, Status = status, TerminatesOn = terminatesOn,
        RenewalDecision = decision, RoyaltyTerms = """{"vatRate":0.2}""", ObligationTerms = """[{"code":"DECL-CA"}]""",
        ExitTerms = ContractJson.Write(new ExitTerms(exitNoticeDays, ["Non-paiement"], "Retrait des enseignes", "Rachat du stock", "Restitution des données")),
    };
}
