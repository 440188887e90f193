using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Licences.Contracts.Events;

/// <summary>The licence is in force since <see cref="ActivatedOn"/> (its effective date, even when signed later): royalties and obligations start. The Network module hears ContractActivated too.</summary>
[IntegrationEvent("licences.licence-activated.v1")]
public sealed record LicenceActivated(LicenceSnapshot Licence, DateOnly ActivatedOn) : IIntegrationEvent;

/// <summary>No new obligation falls due while suspended.</summary>
[IntegrationEvent("licences.licence-suspended.v1")]
public sealed record LicenceSuspended(LicenceSnapshot Licence, DateOnly SuspendedOn, string Reason) : IIntegrationEvent;

[IntegrationEvent("licences.licence-resumed.v1")]
public sealed record LicenceResumed(LicenceSnapshot Licence, DateOnly ResumedOn) : IIntegrationEvent;

/// <summary>Ended early: the ground, the date and who decided, as the exit terms require.</summary>
[IntegrationEvent("licences.licence-terminated.v1")]
public sealed record LicenceTerminated(LicenceSnapshot Licence, DateOnly TerminatedOn, string Ground, string DecidedBy) : IIntegrationEvent;

/// <summary>Reached its end without renewal; <see cref="EndedOn"/> is the last day covered.</summary>
[IntegrationEvent("licences.licence-expired.v1")]
public sealed record LicenceExpired(LicenceSnapshot Licence, DateOnly EndedOn) : IIntegrationEvent;

/// <summary>A new term starts the day after <see cref="PreviousEndDate"/>; the snapshot carries the new end date.</summary>
[IntegrationEvent("licences.licence-renewed.v1")]
public sealed record LicenceRenewed(LicenceSnapshot Licence, DateOnly PreviousEndDate, DateOnly NewEndDate) : IIntegrationEvent;

/// <summary>A numbered amendment (avenant); terms it replaces apply from <see cref="EffectiveDate"/>, null ones are unchanged.</summary>
[IntegrationEvent("licences.licence-amended.v1")]
public sealed record LicenceAmended(
    LicenceSnapshot Licence, int Number, DateOnly EffectiveDate, string Summary, JsonElement? RoyaltyTerms, JsonElement? ObligationTerms)
    : IIntegrationEvent;
