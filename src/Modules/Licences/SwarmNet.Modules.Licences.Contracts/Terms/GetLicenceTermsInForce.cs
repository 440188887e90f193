using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.Contracts.Terms;

/// <summary>
/// The royalty and obligation terms of a licence in force on <see cref="On"/>, amendments signed by both parties included
/// (docs/adr/0071), in the shape every contract module answers. For Royalties and Obligations, which have checked their
/// own actor: not filtered by actor. An unknown licence is a NotFoundException.
/// </summary>
public sealed record GetLicenceTermsInForce(Guid LicenceId, DateOnly On) : IQuery<TermsInForceDto>;
