using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Obligations.Generation;

namespace SwarmNet.Modules.Obligations.ContractEvents;

/// <summary>A brand licence's life, heard from the Licences module's events, turned into changes of its occurrences.</summary>
internal static class LicenceFacts
{
    public const string Kind = "licence";

    public static ContractFacts Of(LicenceSnapshot l) => new(l.LicenceId, Kind, l.GrantorOrganizationId, l.LicenseeOrganizationId, l.NetworkId,
        l.Brand, l.EffectiveDate, l.EndDate, l.RoyaltyTerms, l.ObligationTerms);
}

internal sealed class LicenceActivatedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceActivated>
{
    public Task HandleAsync(LicenceActivated e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ActivatedAsync(LicenceFacts.Of(e.Licence), ct);
}

internal sealed class LicenceSuspendedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceSuspended>
{
    public Task HandleAsync(LicenceSuspended e, IntegrationEventContext context, CancellationToken ct) =>
        changes.SuspendedAsync(e.Licence.LicenceId, e.SuspendedOn, ct);
}

internal sealed class LicenceResumedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceResumed>
{
    public Task HandleAsync(LicenceResumed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ResumedAsync(e.Licence.LicenceId, e.ResumedOn, ct);
}

internal sealed class LicenceTerminatedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceTerminated>
{
    public Task HandleAsync(LicenceTerminated e, IntegrationEventContext context, CancellationToken ct) =>
        changes.TerminatedAsync(e.Licence.LicenceId, e.TerminatedOn, $"Licence résiliée le {e.TerminatedOn:dd/MM/yyyy} : {e.Ground}", ct);
}

internal sealed class LicenceExpiredHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceExpired>
{
    public Task HandleAsync(LicenceExpired e, IntegrationEventContext context, CancellationToken ct) =>
        changes.ExpiredAsync(e.Licence.LicenceId, e.EndedOn, ct);
}

internal sealed class LicenceRenewedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceRenewed>
{
    public Task HandleAsync(LicenceRenewed e, IntegrationEventContext context, CancellationToken ct) =>
        changes.RenewedAsync(e.Licence.LicenceId, e.PreviousEndDate, e.NewEndDate, ct);
}

internal sealed class LicenceAmendedHandler(ContractChanges changes) : IIntegrationEventHandler<LicenceAmended>
{
    public Task HandleAsync(LicenceAmended e, IntegrationEventContext context, CancellationToken ct) =>
        e.ObligationTerms is { } terms
            ? changes.AmendedAsync(e.Licence.LicenceId, e.EffectiveDate, terms, $"Avenant n° {e.Number} (effet au {e.EffectiveDate:dd/MM/yyyy})", ct)
            : Task.CompletedTask;
}
