using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Schedule;

namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>A row of obligations_contracts: what generation reads to date a contract's occurrences.</summary>
internal sealed class ContractRow
{
    public const string ActiveStatus = "Active";
    public const string SuspendedStatus = "Suspended";
    public const string EndedStatus = "Ended";

    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public Guid GrantorOrganizationId { get; init; }
    public Guid StructureOrganizationId { get; init; }
    public Guid? NetworkId { get; init; }
    public string Title { get; init; } = "";
    public DateOnly EffectiveDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public int? RoyaltyMonths { get; init; }
    public bool? RoyaltyCalendarYear { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? GeneratedUntil { get; init; }

    public ContractCover Cover => new(EffectiveDate, EndDate);

    public RoyaltyGrid? Grid => RoyaltyMonths is { } months ? new RoyaltyGrid(months, RoyaltyCalendarYear == true) : null;

    public const string Columns = """
        c.id AS Id, c.kind AS Kind, c.grantor_organization_id AS GrantorOrganizationId, c.structure_organization_id AS StructureOrganizationId,
        c.network_id AS NetworkId, c.title AS Title, c.effective_date AS EffectiveDate, c.end_date AS EndDate, c.royalty_months AS RoyaltyMonths,
        c.royalty_calendar_year AS RoyaltyCalendarYear, c.status AS Status, c.generated_until AS GeneratedUntil
        """;
}
