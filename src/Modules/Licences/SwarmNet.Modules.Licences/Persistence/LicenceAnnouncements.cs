using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>Writes the licence's integration events to the outbox, in the command's transaction.</summary>
internal sealed class LicenceAnnouncements(BuildingBlocks.Outbox.Outbox outbox)
{
    public const string ContractKind = "licence";

    public static LicenceSnapshot Snapshot(LicenceRow row, DateOnly? endDate = null) => new(
        row.Id, row.GrantorOrganizationId, row.LicenseeOrganizationId, row.NetworkId, row.CandidacyId, row.BrandName,
        row.EffectiveDate, endDate ?? row.EndDate, LicenceJson.Element(row.RoyaltyTerms), LicenceJson.Element(row.ObligationTerms)!.Value);

    /// <summary>Its own event for Royalties and Obligations, and the shared one the Network module launches the candidacy on.</summary>
    public async Task ActivatedAsync(LicenceRow row, DateOnly on, CancellationToken ct)
    {
        await outbox.PublishAsync(new LicenceActivated(Snapshot(row), on), ct);
        await outbox.PublishAsync(new ContractActivated(row.Id, ContractKind, row.GrantorOrganizationId, row.LicenseeOrganizationId,
            row.NetworkId, row.EffectiveDate), ct);
    }

    public Task SuspendedAsync(LicenceRow row, DateOnly on, string reason, CancellationToken ct) =>
        outbox.PublishAsync(new LicenceSuspended(Snapshot(row), on, reason), ct);

    public Task ResumedAsync(LicenceRow row, DateOnly on, CancellationToken ct) =>
        outbox.PublishAsync(new LicenceResumed(Snapshot(row), on), ct);

    public Task TerminatedAsync(LicenceRow row, DateOnly on, string ground, string decidedBy, CancellationToken ct) =>
        outbox.PublishAsync(new LicenceTerminated(Snapshot(row), on, ground, decidedBy), ct);

    public Task ExpiredAsync(LicenceRow row, DateOnly endedOn, CancellationToken ct) =>
        outbox.PublishAsync(new LicenceExpired(Snapshot(row), endedOn), ct);

    public Task RenewedAsync(LicenceRow row, DateOnly previousEnd, DateOnly newEnd, CancellationToken ct) =>
        outbox.PublishAsync(new LicenceRenewed(Snapshot(row, newEnd), previousEnd, newEnd), ct);

    public Task AmendedAsync(LicenceRow row, int number, DateOnly effective, string summary, string? royaltyTerms, string? obligationTerms,
        CancellationToken ct) =>
        outbox.PublishAsync(new LicenceAmended(Snapshot(row), number, effective, summary,
            LicenceJson.Element(royaltyTerms), LicenceJson.Element(obligationTerms)), ct);
}
