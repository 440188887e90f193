using SwarmNet.ContractKernel.Kinds;
using SwarmNet.Modules.Licences.Contracts.Events;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>The licence's integration events (names and shapes stable for Royalties and Obligations), written to the outbox in the command's transaction.</summary>
internal sealed class LicenceAnnouncements(BuildingBlocks.Outbox.Outbox outbox)
{
    public static LicenceSnapshot Snapshot(LicenceRow row) => new(
        row.Id, row.GrantorOrganizationId, row.LicenseeOrganizationId, row.NetworkId, row.CandidacyId, row.BrandName,
        row.EffectiveDate, row.EndDate, ContractJson.Element(row.RoyaltyTerms), ContractJson.Element(row.ObligationTerms)!.Value);

    public Task AnnounceAsync(LicenceRow row, ContractFact fact, CancellationToken ct) => fact switch
    {
        ContractFact.Activated f => outbox.PublishAsync(new LicenceActivated(Snapshot(row), f.On), ct),
        ContractFact.Suspended f => outbox.PublishAsync(new LicenceSuspended(Snapshot(row), f.On, f.Reason), ct),
        ContractFact.Resumed f => outbox.PublishAsync(new LicenceResumed(Snapshot(row), f.On), ct),
        ContractFact.Terminated f => outbox.PublishAsync(new LicenceTerminated(Snapshot(row), f.On, f.Ground, f.DecidedBy), ct),
        ContractFact.Expired f => outbox.PublishAsync(new LicenceExpired(Snapshot(row), f.EndedOn), ct),
        ContractFact.Renewed f => outbox.PublishAsync(new LicenceRenewed(Snapshot(row), f.PreviousEnd, f.NewEnd), ct),
        ContractFact.Amended f => outbox.PublishAsync(new LicenceAmended(Snapshot(row), f.Number, f.EffectiveDate, f.Summary,
            ContractJson.Element(f.RoyaltyTerms), ContractJson.Element(f.ObligationTerms)), ct),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
    };
}
