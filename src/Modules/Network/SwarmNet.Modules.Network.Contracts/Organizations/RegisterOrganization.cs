using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>Registers an organisation (network head or local structure). SIRET is optional but unique.</summary>
public sealed record RegisterOrganization(string Name, OrganizationKind Kind, string? Siret, string? City) : ICommand<OrganizationDto>;
