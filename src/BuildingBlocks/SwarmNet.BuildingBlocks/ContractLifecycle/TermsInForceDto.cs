using System.Text.Json;

namespace SwarmNet.BuildingBlocks.ContractLifecycle;

/// <summary>
/// The royalty and obligation terms of one contract on one day, amendments included: the shape every contract module
/// (Licences, Affiliations, Partnerships) answers in its Contracts, so Royalties and Obligations read all three alike.
/// Terms travel as their JSON (royalty-rules.md section 2, obligation-terms.md), since Contracts reference BuildingBlocks only.
/// </summary>
/// <param name="ContractKind">licence, affiliation or partnership.</param>
/// <param name="Status">The contract's status today (not on <paramref name="On"/>).</param>
/// <param name="InForce">Signed by every party and <paramref name="On"/> falls between its effective date and its last day.</param>
/// <param name="RoyaltyTermsSince">The effective date of the contract or of the amendment the royalty terms come from.</param>
/// <param name="RoyaltyAmendment">The number of that amendment; null for the signed contract's own terms.</param>
public sealed record TermsInForceDto(
    Guid ContractId,
    string ContractKind,
    DateOnly On,
    ContractStatus Status,
    bool InForce,
    Guid GrantorOrganizationId,
    Guid GranteeOrganizationId,
    DateOnly EffectiveDate,
    DateOnly? LastDay,
    JsonElement? RoyaltyTerms,
    DateOnly RoyaltyTermsSince,
    int? RoyaltyAmendment,
    JsonElement ObligationTerms,
    DateOnly ObligationTermsSince,
    int? ObligationAmendment);
