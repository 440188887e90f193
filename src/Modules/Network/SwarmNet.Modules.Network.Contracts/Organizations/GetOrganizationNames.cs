using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>
/// The names of organisations another module already lists by id (a compliance board's affiliates), in one query. Ids that
/// name no organisation are left out. The caller decides who may see the list; a name alone reveals nothing more.
/// </summary>
public sealed record GetOrganizationNames(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, string>>;
