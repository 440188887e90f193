using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Records;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>
/// The buttons a contract page offers its reader, from what the kernel says they may do (<see cref="ContractAbilities"/>)
/// and the contract's state. Convenience only: each command checks again and its refusal is shown.
/// </summary>
public sealed record ContractOffers(
    IReadOnlyList<SigningParty> Sign, bool Suspend, bool Resume, bool Terminate, bool Renew, bool DoNotRenew, bool ProposeAmendment,
    IReadOnlyList<(int Number, SigningParty Party)> SignAmendment, IReadOnlyList<int> WithdrawAmendment, bool TickExit, bool Attach)
{
    public static ContractOffers Of(ContractSheet sheet)
    {
        var (status, can, view) = (sheet.Summary.Status, sheet.Can, sheet.View);
        var running = status is ContractStatus.Signed or ContractStatus.Active or ContractStatus.Suspended;
        var party = can.ActFor is not null;
        var deciding = party && running && sheet.RenewalDecisionDue is not null;
        var pending = view.Amendments.Where(a => a.SignedAt is null).ToList();
        return new ContractOffers(
            status == ContractStatus.Draft ? [.. can.SignFor.Where(p => Awaits(view.AwaitingSignatureOf, view.AwaitingSignatureFrom, p))] : [],
            can.Manage && status == ContractStatus.Active,
            can.Manage && status == ContractStatus.Suspended,
            party && running && view.Notice is null,
            deciding && can.Manage,
            deciding,
            can.Manage && Lifecycle.IsAmendable(status) && pending.Count == 0,
            [.. pending.SelectMany(a => can.SignFor.Where(p => Awaits(a.AwaitingSignatureOf, a.AwaitingSignatureFrom, p)).Select(p => (a.Number, p)))],
            can.Manage ? [.. pending.Select(a => a.Number)] : [],
            party && view.ExitChecklist.Count > 0,
            party);
    }

    /// <summary>A party is awaited when its side and its organisation both are (a partnership has several partners on one side).</summary>
    private static bool Awaits(IReadOnlyList<ContractParty> sides, IReadOnlyList<Guid> organizations, SigningParty party) =>
        sides.Contains(party.Side) && organizations.Contains(party.OrganizationId);
}
