using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Records;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>
/// The buttons a contract page offers its reader, from what the kernel says they may do (<see cref="ContractAbilities"/>)
/// and the contract's state. Convenience only: each command checks again and its refusal is shown.
/// </summary>
public sealed record ContractOffers(
    IReadOnlyList<ContractParty> Sign, bool Suspend, bool Resume, bool Terminate, bool Renew, bool DoNotRenew, bool ProposeAmendment,
    IReadOnlyList<(int Number, ContractParty Party)> SignAmendment, IReadOnlyList<int> WithdrawAmendment, bool TickExit, bool Attach)
{
    public static ContractOffers Of(ContractSheet sheet)
    {
        var (status, can, view) = (sheet.Summary.Status, sheet.Can, sheet.View);
        var running = status is ContractStatus.Signed or ContractStatus.Active or ContractStatus.Suspended;
        var party = can.ActFor is not null;
        var deciding = party && running && sheet.RenewalDecisionDue is not null;
        var pending = view.Amendments.Where(a => a.SignedAt is null).ToList();
        return new ContractOffers(
            status == ContractStatus.Draft ? [.. can.SignFor.Where(view.AwaitingSignatureOf.Contains)] : [],
            can.Manage && status == ContractStatus.Active,
            can.Manage && status == ContractStatus.Suspended,
            party && running && view.Notice is null,
            deciding && can.Manage,
            deciding,
            can.Manage && Lifecycle.IsAmendable(status) && pending.Count == 0,
            [.. pending.SelectMany(a => a.AwaitingSignatureOf.Where(can.SignFor.Contains).Select(p => (a.Number, p)))],
            can.Manage ? [.. pending.Select(a => a.Number)] : [],
            party && view.ExitChecklist.Count > 0,
            party);
    }
}
