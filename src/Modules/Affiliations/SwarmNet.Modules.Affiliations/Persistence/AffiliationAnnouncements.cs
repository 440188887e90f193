using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Events;

namespace SwarmNet.Modules.Affiliations.Persistence;

/// <summary>The agreement's integration events, written to the outbox in the command's transaction; each carries the terms as they now stand.</summary>
internal sealed class AffiliationAnnouncements(Outbox outbox, CharterPush charter, TimeProvider clock)
{
    public static AffiliationSnapshot Snapshot(AffiliationRecord record)
    {
        var c = record.Contract;
        return new(c.Id, c.GrantorOrganizationId, c.GranteeOrganizationId, record.NetworkId, c.CandidacyId, record.Own.NetworkName, c.EffectiveDate, c.EndDate,
            ContractJson.Element(c.RoyaltyTerms), ContractJson.Element(c.ObligationTerms)!.Value);
    }

    /// <remarks>An affiliate who joins acknowledges the charter in force: its latest version reaches the agreement as it activates.</remarks>
    public async Task AnnounceAsync(AffiliationRecord record, ContractFact fact, CancellationToken ct)
    {
        await PublishAsync(record, fact, ct);
        if (fact is ContractFact.Activated)
            await charter.ToAgreementAsync(record.Id, record.NetworkId, record.Own.NetworkName, ContractDay.Today(clock), ct);
    }

    /// <remarks>Each case publishes its own type: the outbox names an event by its static type.</remarks>
    private Task PublishAsync(AffiliationRecord record, ContractFact fact, CancellationToken ct)
    {
        var snapshot = Snapshot(record);
        return fact switch
        {
            ContractFact.Activated a => outbox.PublishAsync(new AffiliationActivated(snapshot, a.On), ct),
            ContractFact.Suspended s => outbox.PublishAsync(new AffiliationSuspended(snapshot, s.On, s.Reason), ct),
            ContractFact.Resumed r => outbox.PublishAsync(new AffiliationResumed(snapshot, r.On), ct),
            ContractFact.Terminated t => outbox.PublishAsync(new AffiliationTerminated(snapshot, t.On, t.Ground, t.DecidedBy), ct),
            ContractFact.Expired e => outbox.PublishAsync(new AffiliationExpired(snapshot, e.EndedOn), ct),
            ContractFact.Renewed n => outbox.PublishAsync(new AffiliationRenewed(snapshot, n.PreviousEnd, n.NewEnd), ct),
            ContractFact.Amended m => outbox.PublishAsync(new AffiliationAmended(snapshot, m.Number, m.EffectiveDate, m.Summary,
                ContractJson.Element(m.RoyaltyTerms), ContractJson.Element(m.ObligationTerms)), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, null),
        };
    }
}
