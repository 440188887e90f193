using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>
/// One charter version put before one affiliate: when it reached it, by when to acknowledge it, who did and when.
/// <see cref="State"/>: pending, overdue (the deadline passed without it), acknowledged, acknowledgedLate.
/// </summary>
internal sealed record CharterAcknowledgementDto(
    Guid AffiliationId, PartyDto Affiliate, int Number, string Summary, DateOnly RequestedOn, DateOnly DueOn, DateTimeOffset? AcknowledgedAt,
    DateOnly? AcknowledgedOn, string? AcknowledgedBy, AcknowledgementState State);

internal sealed class AcknowledgementRow
{
    public Guid ContractId { get; init; }
    public Guid AffiliateOrganizationId { get; init; }
    public string AffiliateName { get; init; } = "";
    public int Number { get; init; }
    public string Summary { get; init; } = "";
    public DateOnly RequestedOn { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateOnly? AcknowledgedOn { get; init; }
    public string? AcknowledgedByName { get; init; }

    public CharterAcknowledgementDto Dto(DateOnly today) => new(ContractId, new PartyDto(AffiliateOrganizationId, AffiliateName), Number, Summary, RequestedOn,
        DueOn, AcknowledgedAt, AcknowledgedOn, AcknowledgedByName, CharterDeadlines.StateOn(DueOn, AcknowledgedOn, today));

    public const string FromSql = """
        SELECT a.contract_id, a.affiliate_organization_id, c.grantee_name AS affiliate_name, a.number, v.summary, a.requested_on, a.due_on,
               a.acknowledged_at, a.acknowledged_on, a.acknowledged_by_name
        FROM affiliations_charter_acknowledgements a
        JOIN affiliations_charter_versions v ON v.id = a.version_id
        JOIN affiliations_contracts c ON c.id = a.contract_id
        """;
}
