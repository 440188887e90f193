using SwarmNet.Modules.Partnerships.Contracts.Events;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>
/// The partnership's integration events, written to the outbox in the command's transaction, for the Obligations module above
/// all: each carries the whole list of obligation terms, the committee's follow-ups included (<see cref="PartnershipTerms"/>).
/// </summary>
internal sealed class PartnershipAnnouncements(PartnershipRows rows, PartnershipTerms terms, BuildingBlocks.Outbox.Outbox outbox)
{
    public static PartnershipSnapshot Snapshot(ContractRecord contract, PartnershipRow row, IEnumerable<PartnershipTerms.Followed> decisions) =>
        new(contract.Id, contract.GrantorOrganizationId, contract.GranteeOrganizationId,
            row.Partners.Select(p => new PartnerSnapshot(p.OrganizationId, p.OrganizationName, JsonNaming(p.Role))).ToList(), contract.NetworkId, contract.CandidacyId,
            row.ContentOf().Title ?? "", contract.EffectiveDate, contract.EndDate, PartnershipTerms.Complete(contract.ObligationTerms, row.ContentOf(), decisions));

    public async Task AnnounceAsync(ContractRecord contract, ContractFact fact, CancellationToken ct)
    {
        var row = await rows.LoadAsync(contract.Id, ct);
        var decisions = await terms.DecisionsAsync(contract.Id, ct);
        var snapshot = Snapshot(contract, row, decisions);
        await (fact switch
        {
            ContractFact.Activated f => outbox.PublishAsync(new PartnershipActivated(snapshot, f.On), ct),
            ContractFact.Suspended f => outbox.PublishAsync(new PartnershipSuspended(snapshot, f.On, f.Reason), ct),
            ContractFact.Resumed f => outbox.PublishAsync(new PartnershipResumed(snapshot, f.On), ct),
            ContractFact.Terminated f => outbox.PublishAsync(new PartnershipTerminated(snapshot, f.On, f.Ground, f.DecidedBy), ct),
            ContractFact.Expired f => outbox.PublishAsync(new PartnershipExpired(snapshot, f.EndedOn), ct),
            ContractFact.Renewed f => outbox.PublishAsync(new PartnershipRenewed(snapshot, f.PreviousEnd, f.NewEnd), ct),
            ContractFact.Amended f => outbox.PublishAsync(new PartnershipAmended(snapshot, f.Number, f.EffectiveDate, f.Summary,
                f.ObligationTerms is null ? null : PartnershipTerms.Complete(f.ObligationTerms, row.ContentOf(), decisions)), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
        });
    }

    private static string JsonNaming(string role) => char.ToLowerInvariant(role[0]) + role[1..];
}
