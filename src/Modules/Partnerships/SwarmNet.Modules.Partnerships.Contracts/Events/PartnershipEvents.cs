using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Partnerships.Contracts.Events;

/// <summary>In force since <see cref="ActivatedOn"/> (its effective date, even when the last partner signed later): its obligations start.</summary>
[IntegrationEvent("partnerships.partnership-activated.v1")]
public sealed record PartnershipActivated(PartnershipSnapshot Partnership, DateOnly ActivatedOn) : IIntegrationEvent;

/// <summary>No new obligation falls due while suspended.</summary>
[IntegrationEvent("partnerships.partnership-suspended.v1")]
public sealed record PartnershipSuspended(PartnershipSnapshot Partnership, DateOnly SuspendedOn, string Reason) : IIntegrationEvent;

[IntegrationEvent("partnerships.partnership-resumed.v1")]
public sealed record PartnershipResumed(PartnershipSnapshot Partnership, DateOnly ResumedOn) : IIntegrationEvent;

/// <summary>Ended on notice: the first day without the contract, the ground and who gave notice.</summary>
[IntegrationEvent("partnerships.partnership-terminated.v1")]
public sealed record PartnershipTerminated(PartnershipSnapshot Partnership, DateOnly TerminatedOn, string Ground, string DecidedBy) : IIntegrationEvent;

/// <summary>Reached its end without renewal; <see cref="EndedOn"/> is the last day covered.</summary>
[IntegrationEvent("partnerships.partnership-expired.v1")]
public sealed record PartnershipExpired(PartnershipSnapshot Partnership, DateOnly EndedOn) : IIntegrationEvent;

[IntegrationEvent("partnerships.partnership-renewed.v1")]
public sealed record PartnershipRenewed(PartnershipSnapshot Partnership, DateOnly PreviousEndDate, DateOnly NewEndDate) : IIntegrationEvent;

/// <summary>
/// The obligations change from <see cref="EffectiveDate"/>: an amendment signed by every partner, or a follow-up the steering
/// committee decided. <see cref="ObligationTerms"/>, when set, is the whole list in force from that date.
/// </summary>
[IntegrationEvent("partnerships.partnership-amended.v1")]
public sealed record PartnershipAmended(PartnershipSnapshot Partnership, int? Number, DateOnly EffectiveDate, string Summary, JsonElement? ObligationTerms)
    : IIntegrationEvent;
