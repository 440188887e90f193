using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

[IntegrationEvent("network.organization-registered.v1")]
public sealed record OrganizationRegistered(Guid OrganizationId, string Name, OrganizationKind Kind, string? Siret) : IIntegrationEvent;
