using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Partnerships.Contracts.Pages;

/// <summary>What a drafting form offers a network head: its partnership templates and the partners' roles (its own members only).</summary>
public sealed record GetPartnershipDraftingChoices(Guid GrantorOrganizationId) : IQuery<PartnershipDraftingChoices>;

public sealed record PartnershipDraftingChoices(IReadOnlyList<PartnershipTemplateChoice> Templates, IReadOnlyList<PartnerRoleChoice> Roles);

/// <summary>A template by its name; <see cref="ReportsIndicators"/> when it names impact indicators the partners report.</summary>
public sealed record PartnershipTemplateChoice(Guid Id, string Name, string Objective, bool ReportsIndicators);

/// <summary>A partner's role by its code (<c>lead</c>, <c>operator</c>, <c>host</c>, <c>funder</c>, <c>associate</c>) and its label.</summary>
public sealed record PartnerRoleChoice(string Code, string Label)
{
    public const string Lead = "lead";
    public const string Host = "host";
}

/// <summary>
/// The network head drafts a partnership from one of its templates, in one of its networks and for a candidacy when named;
/// the partners, title and term are the contract's own. Answers the new contract's id. Every rule of drafting applies and
/// errors name the module's paths (<c>/title</c>, <c>/content/partners/0/signatory/name</c>, <c>/content/term/…</c>).
/// </summary>
public sealed record DraftPartnershipFromPage(Guid TemplateId, Guid? NetworkId, Guid? CandidacyId, string? Title, IReadOnlyList<DraftPartner?>? Partners,
    ContractTerm? Term, IReadOnlyList<Guid>? ReporterOrganizationIds) : ICommand<Guid>;

/// <summary>A partner as the form writes it: the organisation, its role's code, and who signs for it (name and quality).</summary>
public sealed record DraftPartner(Guid? OrganizationId, string? Role, string? SignatoryName, string? SignatoryTitle);
