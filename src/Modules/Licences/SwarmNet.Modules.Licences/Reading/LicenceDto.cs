using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Reading;

internal sealed record TerminationDto(DateOnly On, string Ground, Guid? DecidedById, string DecidedBy);

internal sealed record AmendmentDto(
    int Number, DateOnly EffectiveDate, string Summary, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm>? ObligationTerms,
    DateTimeOffset CreatedAt, string CreatedBy);

internal sealed record HistoryEntryDto(string Action, string? Details, Guid? ActorId, string ActorName, DateTimeOffset At);

internal sealed record LicenceDto(
    Guid Id,
    Guid GrantorOrganizationId,
    string GrantorName,
    Guid LicenseeOrganizationId,
    string LicenseeName,
    Guid? NetworkId,
    Guid? CandidacyId,
    ContractStatus Status,
    LicenceContent Content,
    RenewalDecision RenewalDecision,
    DateOnly? RenewalDecisionDue,
    DateTimeOffset? SignedAt,
    DateOnly? ActivatedOn,
    DateOnly? SuspendedOn,
    string? SuspensionReason,
    DateOnly? EndedOn,
    TerminationDto? Termination,
    DateTimeOffset CreatedAt,
    int Version,
    IReadOnlyList<AmendmentDto> Amendments,
    IReadOnlyList<HistoryEntryDto> History);

internal sealed record LicenceSummaryDto(
    Guid Id, Guid GrantorOrganizationId, string GrantorName, Guid LicenseeOrganizationId, string LicenseeName, string Brand,
    ContractStatus Status, bool Exclusive, DateOnly EffectiveDate, DateOnly? EndDate, int Version);
