using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Affiliations.Contracts.Events;

/// <summary>In force since <see cref="ActivatedOn"/> (its effective date, even when signed later): fees and commitments start.</summary>
[IntegrationEvent("affiliations.affiliation-activated.v1")]
public sealed record AffiliationActivated(AffiliationSnapshot Affiliation, DateOnly ActivatedOn) : IIntegrationEvent;

/// <summary>No new commitment falls due while suspended.</summary>
[IntegrationEvent("affiliations.affiliation-suspended.v1")]
public sealed record AffiliationSuspended(AffiliationSnapshot Affiliation, DateOnly SuspendedOn, string Reason) : IIntegrationEvent;

[IntegrationEvent("affiliations.affiliation-resumed.v1")]
public sealed record AffiliationResumed(AffiliationSnapshot Affiliation, DateOnly ResumedOn) : IIntegrationEvent;

/// <summary>Ended on <see cref="TerminatedOn"/>, the day notice took effect: the ground and who gave it.</summary>
[IntegrationEvent("affiliations.affiliation-terminated.v1")]
public sealed record AffiliationTerminated(AffiliationSnapshot Affiliation, DateOnly TerminatedOn, string Ground, string DecidedBy) : IIntegrationEvent;

/// <summary>Reached its end without renewal; <see cref="EndedOn"/> is the last day covered.</summary>
[IntegrationEvent("affiliations.affiliation-expired.v1")]
public sealed record AffiliationExpired(AffiliationSnapshot Affiliation, DateOnly EndedOn) : IIntegrationEvent;

/// <summary>A new term starts the day after <see cref="PreviousEndDate"/>.</summary>
[IntegrationEvent("affiliations.affiliation-renewed.v1")]
public sealed record AffiliationRenewed(AffiliationSnapshot Affiliation, DateOnly PreviousEndDate, DateOnly NewEndDate) : IIntegrationEvent;

/// <summary>An amendment signed by both parties; the terms it carries apply from <see cref="EffectiveDate"/>, null ones are unchanged.</summary>
[IntegrationEvent("affiliations.affiliation-amended.v1")]
public sealed record AffiliationAmended(
    AffiliationSnapshot Affiliation, int Number, DateOnly EffectiveDate, string Summary, JsonElement? RoyaltyTerms, JsonElement? ObligationTerms)
    : IIntegrationEvent;
