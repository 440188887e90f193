using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Affiliations.Contracts.Terms;

/// <summary>
/// The royalty and obligation terms of an affiliation agreement in force on <see cref="On"/>, amendments signed by both
/// parties included, in the shape every contract module answers. For Royalties and Obligations, which check their own
/// actor: not filtered by actor. An unknown agreement is a NotFoundException.
/// </summary>
public sealed record GetAffiliationTermsInForce(Guid AffiliationId, DateOnly On) : IQuery<TermsInForceDto>;
