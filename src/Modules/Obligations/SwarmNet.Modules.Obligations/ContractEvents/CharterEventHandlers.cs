using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Obligations.Requested;

namespace SwarmNet.Modules.Obligations.ContractEvents;

/// <summary>A network's charter, heard from the Affiliations module: each new version is a dated duty of its affiliates, fulfilled by their acknowledgement.</summary>
internal static class CharterOrigin
{
    public const string Name = "affiliations.charter";
}

internal sealed class CharterAcknowledgementsRequestedHandler(RequestedOccurrences requested) : IIntegrationEventHandler<CharterAcknowledgementsRequested>
{
    public Task HandleAsync(CharterAcknowledgementsRequested e, IntegrationEventContext context, CancellationToken ct) =>
        e.AffiliationIds.Count == 0 ? Task.CompletedTask
            : requested.AddAsync(e.AffiliationIds, e.Obligation, CharterOrigin.Name, $"Charte du réseau, version {e.VersionNumber}", ct);
}

internal sealed class CharterAcknowledgedHandler(RequestedOccurrences requested) : IIntegrationEventHandler<CharterAcknowledged>
{
    public Task HandleAsync(CharterAcknowledged e, IntegrationEventContext context, CancellationToken ct) =>
        requested.FulfilAsync(e.AffiliationId, e.ObligationCode, CharterOrigin.Name, e.AcknowledgedOn, e.AcknowledgedBy,
            $"Prise de connaissance de la charte, version {e.VersionNumber}, le {e.AcknowledgedOn:dd/MM/yyyy}", ct);
}
