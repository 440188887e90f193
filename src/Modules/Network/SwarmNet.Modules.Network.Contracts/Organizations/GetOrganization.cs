using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>One organisation by id; NotFoundException when unknown.</summary>
public sealed record GetOrganization(Guid Id) : IQuery<OrganizationDto>;
