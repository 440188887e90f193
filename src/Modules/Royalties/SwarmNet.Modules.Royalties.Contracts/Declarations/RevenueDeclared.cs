using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Royalties.Contracts.Declarations;

/// <summary>
/// A structure declared its revenue (CA HT) for one royalty period of a contract, or that it had no activity. Published by
/// Royalties on each submission and correction (<see cref="Version"/> counts them); the Obligations module fulfils the
/// occurrence of the contract's <c>declaration</c> obligation whose period is [<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>].
/// <see cref="ContractKind"/>: licence, affiliation or partnership.
/// </summary>
[IntegrationEvent("royalties.revenue-declared.v1")]
public sealed record RevenueDeclared(
    Guid DeclarationId,
    Guid ContractId,
    string ContractKind,
    Guid GrantorOrganizationId,
    Guid StructureOrganizationId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Version,
    bool NoActivity,
    Guid? DeclaredById,
    string DeclaredByName,
    DateTimeOffset DeclaredAt) : IIntegrationEvent;
