using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>
/// The name and kind of organisations another module names by id (a partnership's partners), in one query; ids that name no
/// organisation are left out. Not filtered by actor: the caller decides who may name them, and it learns only what a
/// contract between them shows.
/// </summary>
public sealed record GetOrganizationKinds(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyList<OrganizationKindDto>>;

public sealed record OrganizationKindDto(Guid Id, string Name, OrganizationKind Kind);
