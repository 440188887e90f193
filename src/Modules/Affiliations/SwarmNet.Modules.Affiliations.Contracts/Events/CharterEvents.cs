using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Affiliations.Contracts.Events;

/// <summary>
/// A version of the network's charter was pushed to an affiliate, who must acknowledge it by <see cref="DueOn"/>.
/// <see cref="Obligation"/> is that duty as one obligation term (obligation-terms.md: a <c>once</c> schedule on
/// <see cref="DueOn"/>, code <c>CHARTE-V{n}</c>), so the Obligations module dates, reminds and reports it like any other.
/// </summary>
[IntegrationEvent("affiliations.charter-acknowledgement-requested.v1")]
public sealed record CharterAcknowledgementRequested(
    Guid AffiliationId, Guid NetworkId, Guid GrantorOrganizationId, Guid AffiliateOrganizationId, int VersionNumber, DateOnly DueOn, JsonElement Obligation)
    : IIntegrationEvent;

/// <summary>The affiliate acknowledged the version: who, and on which day (late when after the due date).</summary>
[IntegrationEvent("affiliations.charter-acknowledged.v1")]
public sealed record CharterAcknowledged(Guid AffiliationId, int VersionNumber, string ObligationCode, DateOnly AcknowledgedOn, string AcknowledgedBy)
    : IIntegrationEvent;
