namespace SwarmNet.Modules.Network.Contracts.Organizations;

public sealed record OrganizationDto(
    Guid Id,
    string Name,
    OrganizationKind Kind,
    LegalForm LegalForm,
    string? Siret,
    string? Address,
    string? PostalCode,
    string? City,
    string? IaeApproval,
    Referent? Referent,
    Guid? RegisteredByOrganizationId,
    DateTimeOffset CreatedAt,
    int Version);
