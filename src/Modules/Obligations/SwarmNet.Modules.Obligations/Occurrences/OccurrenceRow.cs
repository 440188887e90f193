using System.Text.Json;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

/// <summary>An occurrence as stored, with its contract's title.</summary>
internal sealed class OccurrenceRow
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string ContractKind { get; init; } = "";
    public string ContractTitle { get; init; } = "";
    public Guid GrantorOrganizationId { get; init; }
    public Guid StructureOrganizationId { get; init; }
    public Guid? NetworkId { get; init; }
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string Category { get; init; } = "";
    public string Actor { get; init; } = "";
    public string EvidenceKind { get; init; } = "";
    public DateOnly DueDate { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public DateOnly? EscalationDate { get; init; }
    public string State { get; init; } = "";
    public DateOnly? SubmittedOn { get; init; }
    public string? Indicators { get; init; }
    public Guid? DeclarationId { get; init; }
    public int? DeclarationVersion { get; init; }
    public string? Reason { get; init; }
    public int Version { get; init; }

    public const string Columns = """
        o.id AS Id, o.contract_id AS ContractId, o.contract_kind AS ContractKind, c.title AS ContractTitle,
        o.grantor_organization_id AS GrantorOrganizationId, o.structure_organization_id AS StructureOrganizationId, o.network_id AS NetworkId,
        o.code AS Code, o.title AS Title, o.category AS Category, o.actor AS Actor, o.evidence_kind AS EvidenceKind, o.due_date AS DueDate,
        o.period_start AS PeriodStart, o.period_end AS PeriodEnd, o.escalation_date AS EscalationDate, o.state AS State,
        o.submitted_on AS SubmittedOn, o.indicators AS Indicators, o.declaration_id AS DeclarationId, o.declaration_version AS DeclarationVersion,
        o.reason AS Reason, o.version AS Version
        """;

    public const string From = " FROM obligations_occurrences o JOIN obligations_contracts c ON c.id = o.contract_id";

    /// <summary>The organisation that must act: the structure, the network head, or a partner named by id.</summary>
    public Guid ActingOrganizationId => Actor switch
    {
        "grantee" => StructureOrganizationId,
        "grantor" => GrantorOrganizationId,
        _ => Guid.TryParse(Actor, out var partner) ? partner : StructureOrganizationId,
    };

    public OccurrenceDto ToDto() => new(Id, ContractId, ContractKind, ContractTitle, GrantorOrganizationId, StructureOrganizationId, NetworkId,
        Code, Title, Category, Actor, EvidenceKind, DueDate, PeriodStart, PeriodEnd, EscalationDate, State, OccurrenceStates.Label(State),
        SubmittedOn, Indicators is null ? null : JsonSerializer.Deserialize<Dictionary<string, decimal>>(Indicators), DeclarationId,
        DeclarationVersion, Reason, Version);
}
