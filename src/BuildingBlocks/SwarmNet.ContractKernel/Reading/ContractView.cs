using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Reading;

/// <summary>
/// A numbered amendment; in force from its effective date once <see cref="SignedAt"/> is set (every party signed).
/// <see cref="AwaitingSignatureOf"/>: the sides still to sign; <see cref="AwaitingSignatureFrom"/>: their organisations.
/// </summary>
public sealed record AmendmentDto(
    int Number, DateOnly EffectiveDate, string Summary, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm>? ObligationTerms,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? SignedAt, IReadOnlyList<SignatureDto> Signatures, IReadOnlyList<ContractParty> AwaitingSignatureOf,
    IReadOnlyList<Guid> AwaitingSignatureFrom);

public sealed record HistoryEntryDto(string Action, string? Details, Guid? ActorId, string ActorName, DateTimeOffset At);

/// <summary>Notice given: the contract ends on <see cref="TerminatesOn"/> (the daily job changes its status that day).</summary>
public sealed record NoticeDto(DateOnly TerminatesOn, DateOnly? GivenOn, ContractParty? GivenFor, string GivenBy, string Ground);

/// <summary>
/// What the kernel adds to a module's view of a contract: signatures, amendments, history, notice, exit checklist. A draft
/// awaits the signature of the sides in <see cref="AwaitingSignatureOf"/>, of the organisations in <see cref="AwaitingSignatureFrom"/>.
/// </summary>
public sealed record ContractView(
    IReadOnlyList<SignatureDto> Signatures,
    IReadOnlyList<ContractParty> AwaitingSignatureOf,
    IReadOnlyList<Guid> AwaitingSignatureFrom,
    IReadOnlyList<AmendmentDto> Amendments,
    IReadOnlyList<HistoryEntryDto> History,
    NoticeDto? Notice,
    IReadOnlyList<ExitItemDto> ExitChecklist);
