using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.Contracts.Drafting;

/// <summary>The licence templates a network head keeps, as a drafting form offers them (its own members only).</summary>
public sealed record ListLicenceTemplateChoices(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<LicenceTemplateChoice>>;

public sealed record LicenceTemplateChoice(Guid Id, string Name, string BrandName, bool HasRoyaltyTerms);

/// <summary>
/// The network head drafts a licence for a candidacy of its pipeline from one of its templates: the territory (INSEE
/// commune codes, department codes and/or a description), exclusivity, sublicensing and the term are the licence's own.
/// Answers the new licence's id; every rule of drafting applies (docs/adr/0043).
/// </summary>
public sealed record DraftLicenceForCandidacy(
    Guid TemplateId, Guid CandidacyId, IReadOnlyList<string>? Communes, IReadOnlyList<string>? Departments, string? TerritoryDescription,
    bool Exclusive, bool SublicensingAllowed, ContractTerm? Term) : ICommand<Guid>;
