using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>Replaces an organisation's details; <see cref="Version"/> is the one read, and a stale one is refused (409).</summary>
public sealed record UpdateOrganization(
    Guid Id,
    int Version,
    string Name,
    LegalForm LegalForm,
    string? Siret,
    string? Address,
    string? PostalCode,
    string? City,
    string? IaeApproval,
    Referent? Referent) : ICommand<OrganizationDto>, IOrganizationDetails;
