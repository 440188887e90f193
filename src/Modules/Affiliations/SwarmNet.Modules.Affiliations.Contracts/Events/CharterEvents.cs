using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Affiliations.Contracts.Events;

/// <summary>
/// A version of a network's charter reached these affiliation agreements (its publication, or an agreement's activation),
/// whose affiliates must acknowledge it by <see cref="DueOn"/>. <see cref="Obligation"/> is that duty as one obligation
/// term (obligation-terms.md: a <c>once</c> schedule on <see cref="DueOn"/>, code <c>CHARTE-V{n}</c>), so the Obligations
/// module dates, reminds and reports it like any other; one event for them all, so it is handled in one statement.
/// </summary>
[IntegrationEvent("affiliations.charter-acknowledgements-requested.v1")]
public sealed record CharterAcknowledgementsRequested(Guid NetworkId, int VersionNumber, DateOnly DueOn, JsonElement Obligation, IReadOnlyList<Guid> AffiliationIds)
    : IIntegrationEvent;

/// <summary>The affiliate acknowledged the version on <see cref="AcknowledgedOn"/> (late when after its due date), by <see cref="AcknowledgedBy"/>.</summary>
[IntegrationEvent("affiliations.charter-acknowledged.v1")]
public sealed record CharterAcknowledged(Guid AffiliationId, int VersionNumber, string ObligationCode, DateOnly AcknowledgedOn, string AcknowledgedBy)
    : IIntegrationEvent;
