using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Partnerships.Contracts.Terms;

/// <summary>
/// The obligation terms of a partnership signed by every partner, in force on <see cref="On"/> (the contract's or its last
/// amendment's), in the shape every contract module answers. For modules that have checked their own actor: not filtered
/// by actor. An unknown partnership is a NotFoundException.
/// </summary>
public sealed record GetPartnershipTermsInForce(Guid PartnershipId, DateOnly On) : IQuery<TermsInForceDto>;
