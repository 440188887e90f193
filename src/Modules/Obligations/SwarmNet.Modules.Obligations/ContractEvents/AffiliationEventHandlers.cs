using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Obligations.Generation;

namespace SwarmNet.Modules.Obligations.ContractEvents;

/// <summary>An affiliation agreement's life, heard from the Affiliations module's events: its commitments become occurrences like a licence's.</summary>
internal static class AffiliationFacts
{
    public const string Kind = "affiliation";

    public static ContractFacts Of(AffiliationSnapshot a) => new(a.AffiliationId, Kind, a.GrantorOrganizationId, a.AffiliateOrganizationId, a.NetworkId,
        a.Title, a.EffectiveDate, a.EndDate, a.RoyaltyTerms, a.ObligationTerms);
}

internal sealed class AffiliationActivatedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationActivated>
{
    public Task HandleAsync(AffiliationActivated e, IntegrationEventContext context, CancellationToken ct) => changes.ActivatedAsync(AffiliationFacts.Of(e.Affiliation), ct);
}

internal sealed class AffiliationSuspendedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationSuspended>
{
    public Task HandleAsync(AffiliationSuspended e, IntegrationEventContext context, CancellationToken ct) =>
        changes.SuspendedAsync(e.Affiliation.AffiliationId, e.SuspendedOn, ct);
}

internal sealed class AffiliationResumedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationResumed>
{
    public Task HandleAsync(AffiliationResumed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ResumedAsync(e.Affiliation.AffiliationId, e.ResumedOn, ct);
}

internal sealed class AffiliationTerminatedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationTerminated>
{
    public Task HandleAsync(AffiliationTerminated e, IntegrationEventContext context, CancellationToken ct) =>
        changes.TerminatedAsync(e.Affiliation.AffiliationId, e.TerminatedOn, $"Convention d'affiliation résiliée le {e.TerminatedOn:dd/MM/yyyy} : {e.Ground}", ct);
}

internal sealed class AffiliationExpiredHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationExpired>
{
    public Task HandleAsync(AffiliationExpired e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ExpiredAsync(e.Affiliation.AffiliationId, e.EndedOn, ct);
}

internal sealed class AffiliationRenewedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationRenewed>
{
    public Task HandleAsync(AffiliationRenewed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.RenewedAsync(e.Affiliation.AffiliationId, e.PreviousEndDate, e.NewEndDate, ct);
}

internal sealed class AffiliationAmendedHandler(ContractChanges changes) : IIntegrationEventHandler<AffiliationAmended>
{
    public Task HandleAsync(AffiliationAmended e, IntegrationEventContext context, CancellationToken ct) =>
        e.ObligationTerms is { } terms
            ? changes.AmendedAsync(e.Affiliation.AffiliationId, e.EffectiveDate, terms, $"Avenant n° {e.Number} (effet au {e.EffectiveDate:dd/MM/yyyy})", ct)
            : Task.CompletedTask;
}
