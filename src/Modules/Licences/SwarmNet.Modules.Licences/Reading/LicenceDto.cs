using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Licences.Domain;

namespace SwarmNet.Modules.Licences.Reading;

internal sealed record TerminationDto(DateOnly On, string Ground, Guid? DecidedById, string DecidedBy);

/// <summary>
/// A licence as its parties read it. <see cref="Signatures"/>: who signed for which party, when; <see cref="AwaitingSignatureOf"/>:
/// the parties still to sign a draft; <see cref="Notice"/>: a termination to come; <see cref="ExitChecklist"/>: open once it ends.
/// </summary>
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
    IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyList<SignatureDto> Signatures,
    IReadOnlyList<ContractParty> AwaitingSignatureOf,
    NoticeDto? Notice,
    IReadOnlyList<ExitItemDto> ExitChecklist);

internal sealed record LicenceSummaryDto(
    Guid Id, Guid GrantorOrganizationId, string GrantorName, Guid LicenseeOrganizationId, string LicenseeName, string Brand,
    ContractStatus Status, bool Exclusive, DateOnly EffectiveDate, DateOnly? EndDate, int Version);
