using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>
/// A network head's staff look a structure up by its SIRET before registering it (docs/adr/0123): what the public SIRENE
/// register says anyway (name, kind, city), and whether their head already sees it. NotFoundException when no
/// organisation carries that SIRET.
/// </summary>
public sealed record FindOrganizationBySiret(string? Siret, Guid? OnBehalfOf = null) : IQuery<OrganizationMatchDto>;

/// <summary><see cref="Attached"/>: the head already sees the organisation (registered or attached it, or has it as a candidate).</summary>
public sealed record OrganizationMatchDto(Guid Id, string Name, OrganizationKind Kind, string? City, bool Attached);
