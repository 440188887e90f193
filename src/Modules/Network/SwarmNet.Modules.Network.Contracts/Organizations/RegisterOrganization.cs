using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>
/// Registers an organisation. A network head's staff register candidate structures on behalf of their network head
/// (<see cref="OnBehalfOf"/>, defaulted when they belong to one only), which then sees it. SIRET is optional but unique.
/// </summary>
public sealed record RegisterOrganization(
    string Name,
    OrganizationKind Kind,
    LegalForm LegalForm,
    string? Siret,
    string? Address,
    string? PostalCode,
    string? City,
    string? IaeApproval = null,
    Referent? Referent = null,
    Guid? OnBehalfOf = null) : ICommand<OrganizationDto>, IOrganizationDetails;
