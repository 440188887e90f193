using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Programmes;

namespace SwarmNet.Modules.Affiliations.Reading;

/// <summary>One party of the agreement: the network head (grantor) or the affiliate.</summary>
internal sealed record PartyDto(Guid Id, string Name);

/// <summary>Where the agreement stands in its life, beyond its status.</summary>
internal sealed record LifecycleDto(
    DateTimeOffset CreatedAt, DateTimeOffset? SignedAt, DateOnly? ActivatedOn, DateOnly? SuspendedOn, string? SuspensionReason, DateOnly? EndedOn,
    string? TerminationGround, RenewalDecision RenewalDecision, DateOnly? RenewalDecisionDue);

/// <summary>
/// An affiliation agreement as its parties read it. <see cref="Contract"/> holds what the kernel keeps for every contract
/// (signatures and who still has to sign, amendments, history, notice, the exit checklist); <see cref="ExitComplete"/>
/// says every line of that checklist is ticked. <see cref="Charter"/>: each version of the network's charter put before the
/// affiliate, newest first, with its deadline and acknowledgement (an overdue one is the affiliate's to act on).
/// <see cref="Programmes"/>: the network's collective programmes the affiliate takes part in.
/// </summary>
internal sealed record AffiliationDto(
    Guid Id,
    int Version,
    ContractStatus Status,
    PartyDto Grantor,
    PartyDto Affiliate,
    Guid NetworkId,
    string NetworkName,
    Guid? CandidacyId,
    AffiliationContent Content,
    LifecycleDto Lifecycle,
    ContractView Contract,
    bool ExitComplete,
    IReadOnlyList<CharterAcknowledgementDto> Charter,
    IReadOnlyList<ParticipationDto> Programmes);

/// <summary>A line of the agreements list.</summary>
internal sealed record AffiliationSummaryDto(
    Guid Id, int Version, ContractStatus Status, PartyDto Grantor, PartyDto Affiliate, Guid NetworkId, string NetworkName, bool Exclusive,
    DateOnly EffectiveDate, DateOnly? EndDate);
