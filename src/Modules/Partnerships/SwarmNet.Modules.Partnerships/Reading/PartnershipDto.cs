using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Reading;

/// <summary>A partner as every partner reads it: its organisation, its role (and the role's French label), its signatory, and whether it has signed.</summary>
internal sealed record PartnerDto(Guid OrganizationId, string Name, PartnerRole Role, string RoleLabel, Signatory Signatory, DateTimeOffset? SignedAt);

/// <summary>
/// A partnership contract as its partners read it. <see cref="Content"/> is what the lead edits (the body of PUT);
/// <see cref="Obligations"/> every obligation it gives, in the Obligations module's shape; the rest is the kernel's view:
/// signatures, the partners still to sign (<see cref="AwaitingSignatureFrom"/>), amendments, history, notice, exit checklist.
/// </summary>
internal sealed record PartnershipDto(
    Guid Id,
    string Title,
    Guid LeadOrganizationId,
    Guid StructureOrganizationId,
    Guid? NetworkId,
    Guid? CandidacyId,
    ContractStatus Status,
    string StatusLabel,
    IReadOnlyList<PartnerDto> Partners,
    PartnershipContent Content,
    IReadOnlyList<ObligationTerm> Obligations,
    RenewalDecision RenewalDecision,
    DateOnly? RenewalDecisionDue,
    DateTimeOffset? SignedAt,
    DateOnly? ActivatedOn,
    DateOnly? SuspendedOn,
    string? SuspensionReason,
    DateOnly? EndedOn,
    DateTimeOffset CreatedAt,
    int Version,
    IReadOnlyList<SignatureDto> Signatures,
    IReadOnlyList<Guid> AwaitingSignatureFrom,
    IReadOnlyList<AmendmentDto> Amendments,
    IReadOnlyList<HistoryEntryDto> History,
    NoticeDto? Notice,
    IReadOnlyList<ExitItemDto> ExitChecklist);

internal sealed record PartnershipSummaryDto(
    Guid Id, string Title, Guid LeadOrganizationId, string LeadName, Guid StructureOrganizationId, string StructureName, Guid? NetworkId, int Partners,
    ContractStatus Status, string StatusLabel, DateOnly EffectiveDate, DateOnly? EndDate, int Version);
