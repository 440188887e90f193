using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Networks;

/// <summary>
/// The brands a network head may grant in a contract: those of the networks it owns, nothing else. Contract modules ask
/// it before drafting and signing; it answers for the grantor named (the caller has already checked the actor manages it).
/// </summary>
public sealed record GetGrantableBrands(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<GrantableBrandDto>>;

/// <summary>One brand of one of the grantor's networks.</summary>
public sealed record GrantableBrandDto(Guid NetworkId, string NetworkName, string Brand);
