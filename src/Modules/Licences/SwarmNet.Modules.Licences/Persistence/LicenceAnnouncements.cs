using SwarmNet.ContractKernel.Kinds;
using SwarmNet.Modules.Licences.Contracts.Events;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>The licence's integration events (names and shapes stable for Royalties and Obligations), written to the outbox in the command's transaction.</summary>
internal sealed class LicenceAnnouncements(BuildingBlocks.Outbox.Outbox outbox)
{
    public static LicenceSnapshot Snapshot(ContractRecord row, string brand) => new(
        row.Id, row.GrantorOrganizationId, row.GranteeOrganizationId, row.NetworkId, row.CandidacyId, brand,
        row.EffectiveDate, row.EndDate, ContractJson.Element(row.RoyaltyTerms), ContractJson.Element(row.ObligationTerms)!.Value);

    public Task AnnounceAsync(ContractRecord row, string brand, ContractFact fact, CancellationToken ct) => fact switch
    {
        ContractFact.Activated f => outbox.PublishAsync(new LicenceActivated(Snapshot(row, brand), f.On), ct),
        ContractFact.Suspended f => outbox.PublishAsync(new LicenceSuspended(Snapshot(row, brand), f.On, f.Reason), ct),
        ContractFact.Resumed f => outbox.PublishAsync(new LicenceResumed(Snapshot(row, brand), f.On), ct),
        ContractFact.Terminated f => outbox.PublishAsync(new LicenceTerminated(Snapshot(row, brand), f.On, f.Ground, f.DecidedBy), ct),
        ContractFact.Expired f => outbox.PublishAsync(new LicenceExpired(Snapshot(row, brand), f.EndedOn), ct),
        ContractFact.Renewed f => outbox.PublishAsync(new LicenceRenewed(Snapshot(row, brand), f.PreviousEnd, f.NewEnd), ct),
        ContractFact.Amended f => outbox.PublishAsync(new LicenceAmended(Snapshot(row, brand), f.Number, f.EffectiveDate, f.Summary,
            ContractJson.Element(f.RoyaltyTerms), ContractJson.Element(f.ObligationTerms)), ct),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
    };
}
