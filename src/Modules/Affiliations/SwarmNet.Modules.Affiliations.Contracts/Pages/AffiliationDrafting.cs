using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Affiliations.Contracts.Pages;

/// <summary>The agreement templates a network head keeps, as a drafting form offers them (its own members only).</summary>
public sealed record ListAffiliationTemplateChoices(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<AffiliationTemplateChoice>>;

/// <summary>A template by its name and the distinctive signs it grants (brand names).</summary>
public sealed record AffiliationTemplateChoice(Guid Id, string Name, IReadOnlyList<string> Signs);

/// <summary>
/// The network head drafts the affiliation agreement of a candidacy in its pipeline from one of its templates; term and
/// exclusivity are the agreement's own. Answers the new agreement's id; every rule of drafting applies.
/// </summary>
public sealed record DraftAffiliationForCandidacy(Guid TemplateId, Guid CandidacyId, bool Exclusive, ContractTerm? Term) : ICommand<Guid>;
