using System.Text.Json;

namespace SwarmNet.Modules.Partnerships.Contracts.Events;

/// <summary>A partner as events name it: its organisation and role (lead, operator, host, funder, associate).</summary>
public sealed record PartnerSnapshot(Guid OrganizationId, string Name, string Role);

/// <summary>
/// What every partnership event carries: the partners (the lead first; <see cref="StructureOrganizationId"/> is the host
/// structure, or the first partner after the lead), the dates, and the obligation terms in force — the contract's own, those
/// its contributions, committee, milestones and impact reports give, and the committee's follow-ups — as their JSON
/// (obligation-terms.md; an actor may be a partner's organisation id), read by the Obligations module into its own types.
/// </summary>
public sealed record PartnershipSnapshot(
    Guid PartnershipId,
    Guid LeadOrganizationId,
    Guid StructureOrganizationId,
    IReadOnlyList<PartnerSnapshot> Partners,
    Guid? NetworkId,
    Guid? CandidacyId,
    string Title,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    JsonElement ObligationTerms);
