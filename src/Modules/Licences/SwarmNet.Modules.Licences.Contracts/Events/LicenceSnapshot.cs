using System.Text.Json;

namespace SwarmNet.Modules.Licences.Contracts.Events;

/// <summary>
/// What every licence event carries: the parties, the dates, and the terms others act on. Contracts reference
/// BuildingBlocks only, so the royalty terms (royalty-rules.md section 2) and the obligation terms
/// (obligation-terms.md) travel as their JSON; Royalties and Obligations read them into their own types (docs/adr/0041).
/// </summary>
public sealed record LicenceSnapshot(
    Guid LicenceId,
    Guid GrantorOrganizationId,
    Guid LicenseeOrganizationId,
    Guid? NetworkId,
    Guid? CandidacyId,
    string Brand,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    JsonElement? RoyaltyTerms,
    JsonElement ObligationTerms);
