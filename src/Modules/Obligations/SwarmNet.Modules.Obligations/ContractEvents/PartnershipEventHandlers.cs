using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Obligations.Generation;
using SwarmNet.Modules.Partnerships.Contracts.Events;

namespace SwarmNet.Modules.Obligations.ContractEvents;

/// <summary>
/// A partnership's life, heard from the Partnerships module's events, turned into changes of its occurrences: the lead partner
/// stands where a licence's grantor does, the host structure where its licensee does, and an obligation may name any partner.
/// </summary>
internal static class PartnershipFacts
{
    public const string Kind = "partnership";

    public static ContractFacts Of(PartnershipSnapshot p) => new(p.PartnershipId, Kind, p.LeadOrganizationId, p.StructureOrganizationId, p.NetworkId,
        p.Title, p.EffectiveDate, p.EndDate, null, p.ObligationTerms);
}

internal sealed class PartnershipActivatedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipActivated>
{
    public Task HandleAsync(PartnershipActivated e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ActivatedAsync(PartnershipFacts.Of(e.Partnership), ct);
}

internal sealed class PartnershipSuspendedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipSuspended>
{
    public Task HandleAsync(PartnershipSuspended e, IntegrationEventContext context, CancellationToken ct) =>
        changes.SuspendedAsync(e.Partnership.PartnershipId, e.SuspendedOn, ct);
}

internal sealed class PartnershipResumedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipResumed>
{
    public Task HandleAsync(PartnershipResumed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ResumedAsync(e.Partnership.PartnershipId, e.ResumedOn, ct);
}

internal sealed class PartnershipTerminatedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipTerminated>
{
    public Task HandleAsync(PartnershipTerminated e, IntegrationEventContext context, CancellationToken ct) =>
        changes.TerminatedAsync(e.Partnership.PartnershipId, e.TerminatedOn, $"Partenariat résilié le {e.TerminatedOn:dd/MM/yyyy} : {e.Ground}", ct);
}

internal sealed class PartnershipExpiredHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipExpired>
{
    public Task HandleAsync(PartnershipExpired e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ExpiredAsync(e.Partnership.PartnershipId, e.EndedOn, ct);
}

internal sealed class PartnershipRenewedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipRenewed>
{
    public Task HandleAsync(PartnershipRenewed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.RenewedAsync(e.Partnership.PartnershipId, e.PreviousEndDate, e.NewEndDate, ct);
}

/// <summary>An amendment signed by every partner, or the steering committee's follow-ups: the whole list in force from its date.</summary>
internal sealed class PartnershipAmendedHandler(ContractChanges changes) : IIntegrationEventHandler<PartnershipAmended>
{
    public Task HandleAsync(PartnershipAmended e, IntegrationEventContext context, CancellationToken ct) =>
        e.ObligationTerms is { } terms
            ? changes.AmendedAsync(e.Partnership.PartnershipId, e.EffectiveDate, terms,
                e.Number is { } number ? $"Avenant n° {number} (effet au {e.EffectiveDate:dd/MM/yyyy})" : $"{e.Summary} (au {e.EffectiveDate:dd/MM/yyyy})", ct)
            : Task.CompletedTask;
}
