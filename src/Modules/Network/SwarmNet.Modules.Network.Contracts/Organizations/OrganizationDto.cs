namespace SwarmNet.Modules.Network.Contracts.Organizations;

public sealed record OrganizationDto(Guid Id, string Name, OrganizationKind Kind, string? Siret, string? City, DateTimeOffset CreatedAt);
