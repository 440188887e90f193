using System.Text.Json;

namespace SwarmNet.Modules.Affiliations.Contracts.Events;

/// <summary>
/// What every affiliation event carries: the parties, the network, the dates and the terms others act on. The royalty
/// terms (fees: entry fee, membership fee, royalty — absent when the network waives every fee) and the obligation terms
/// (the affiliate's commitments) travel as their JSON, as the licences' do (docs/adr/0041).
/// </summary>
/// <param name="Title">The network's name, as Royalties and Obligations show the contract.</param>
public sealed record AffiliationSnapshot(
    Guid AffiliationId,
    Guid GrantorOrganizationId,
    Guid AffiliateOrganizationId,
    Guid NetworkId,
    Guid? CandidacyId,
    string Title,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    JsonElement? RoyaltyTerms,
    JsonElement ObligationTerms);
