using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>
/// A contract in a list. <see cref="Title"/>: what the kind names it by (a licence's brand), else null;
/// <see cref="StatusLabel"/>: the glossary's word, agreeing with the kind's noun.
/// </summary>
public sealed record ContractSummary(
    string Kind, Guid Id, string? Title, Guid GrantorOrganizationId, string GrantorName, Guid GranteeOrganizationId, string GranteeName,
    ContractStatus Status, string StatusLabel, bool Exclusive, DateOnly EffectiveDate, DateOnly? EndDate, DateOnly? TerminatesOn, int Version);

/// <summary>A line of the kind's own content, as its parties read it ("Marque" : "Les Triporteurs").</summary>
public sealed record ContentLine(string Label, string Value);

/// <summary>
/// What the reader may ask of this contract now, as the kernel's rules see it: sign for these parties, manage it (the
/// grantor side's signatories), act for a party in notice and renewal. The commands check again; pages use it for their buttons.
/// </summary>
public sealed record ContractAbilities(IReadOnlyList<SigningParty> SignFor, bool Manage, SigningParty? ActFor);

/// <summary>One contract of any kind, whole: see <see cref="GetContractSheet"/>.</summary>
public sealed record ContractSheet(
    ContractSummary Summary, string Noun, Guid? NetworkId, ContractTerm Term, RenewalDecision RenewalDecision, DateOnly? RenewalDecisionDue,
    DateTimeOffset? SignedAt, DateOnly? ActivatedOn, DateOnly? SuspendedOn, string? SuspensionReason, DateOnly? EndedOn,
    IReadOnlyList<SigningParty> Parties, IReadOnlyList<ContentLine> Content, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm> ObligationTerms, ExitTerms? Exit,
    ContractView View, IReadOnlyList<ContractDocumentDto> Documents, ContractAbilities Can);
