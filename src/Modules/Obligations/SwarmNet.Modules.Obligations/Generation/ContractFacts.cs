using System.Text.Json;

namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>
/// What any contract kind's activation tells this module, whatever the module that publishes it: licences today,
/// affiliations and partnerships as they land (their events carry the same obligation-terms shape).
/// </summary>
internal sealed record ContractFacts(
    Guid ContractId,
    string Kind,
    Guid GrantorOrganizationId,
    Guid StructureOrganizationId,
    Guid? NetworkId,
    string Title,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    JsonElement? RoyaltyTerms,
    JsonElement ObligationTerms);
