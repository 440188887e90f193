using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>
/// Published by the contract modules (Licences, Affiliations, Partnerships) when a contract becomes active. The Network
/// module listens: the structure's open candidacy in that network (or, without a network id, in the grantor's
/// networks) moves to Launched. <see cref="ContractKind"/>: licence, affiliation or partnership.
/// </summary>
[IntegrationEvent("contracts.contract-activated.v1")]
public sealed record ContractActivated(
    Guid ContractId, string ContractKind, Guid GrantorOrganizationId, Guid StructureOrganizationId, Guid? NetworkId, DateOnly EffectiveDate)
    : IIntegrationEvent;

[IntegrationEvent("network.candidacy-stage-changed.v1")]
public sealed record CandidacyStageChanged(Guid CandidacyId, Guid NetworkId, Guid StructureId, CandidacyStage? From, CandidacyStage To)
    : IIntegrationEvent;
