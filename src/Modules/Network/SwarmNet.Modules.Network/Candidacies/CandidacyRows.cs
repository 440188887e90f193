using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class CandidacyRow
{
    public Guid Id { get; init; }
    public Guid NetworkId { get; init; }
    public Guid OwnerOrganizationId { get; init; }
    public Guid StructureId { get; init; }
    public string StructureName { get; init; } = "";
    public string? City { get; init; }
    public string Model { get; init; } = "";
    public string Territory { get; init; } = "";
    public CandidacyStage Stage { get; init; }
    public string? ClosingReason { get; init; }
    public Guid? ContractId { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset StageChangedAt { get; init; }
    public int Version { get; init; }
    public int OpenMandatoryItems { get; init; }

    public CandidacySummaryDto ToSummary(DateOnly today) => new(Id, NetworkId, StructureId, StructureName, City, Model, Territory, Stage,
        StageChangedAt, today.DayNumber - DateOnly.FromDateTime(StageChangedAt.UtcDateTime).DayNumber, OpenMandatoryItems);

    /// <summary>Columns over <c>network_candidacies c JOIN network_networks n JOIN network_organizations o (the structure)</c>.</summary>
    public const string Columns = """
        c.id, c.network_id, n.owner_organization_id, c.structure_id, o.name AS structure_name, o.city, c.model, c.territory,
        c.stage, c.closing_reason, c.contract_id, c.opened_at, c.stage_changed_at, c.version,
        (SELECT COUNT(*) FROM network_candidacy_checklist_items i WHERE i.candidacy_id = c.id AND i.mandatory = 1 AND i.done = 0) AS open_mandatory_items
        """;

    public const string From = """
        network_candidacies c
        JOIN network_networks n ON n.id = c.network_id
        JOIN network_organizations o ON o.id = c.structure_id
        """;

    /// <summary>Seen by the network owner's members, the structure's members and platform admins; needs @All and @OrgIds.</summary>
    public const string Visible = "(@All = 1 OR n.owner_organization_id IN @OrgIds OR c.structure_id IN @OrgIds)";
}

internal sealed class ChecklistItemRow
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Label { get; init; } = "";
    public bool Mandatory { get; init; }
    public bool RequiresFile { get; init; }
    public bool Done { get; init; }
    public string? EvidenceNote { get; init; }
    public DateOnly? EvidenceDate { get; init; }
    public string? EvidenceFile { get; init; }
    public string? EvidenceFileType { get; init; }
    public long? EvidenceFileSize { get; init; }
    public string? EvidenceFileSha256 { get; init; }
    public DateTimeOffset? TickedAt { get; init; }

    public ChecklistItemDto ToDto() => new(Id, Code, Label, Mandatory, RequiresFile, Done, EvidenceNote, EvidenceDate,
        EvidenceFileSha256 is null ? null : new EvidenceFileDto(EvidenceFile!, EvidenceFileType!, EvidenceFileSize ?? 0, EvidenceFileSha256), TickedAt);

    public const string Columns = """
        id, code, label, mandatory, requires_file, done, evidence_note, evidence_date, evidence_file, evidence_file_type, evidence_file_size,
        evidence_file_sha256, ticked_at
        """;
}

internal sealed class TransitionRow
{
    public CandidacyEventKind Kind { get; init; }
    public CandidacyStage? FromStage { get; init; }
    public CandidacyStage ToStage { get; init; }
    public string? Subject { get; init; }
    public string? Comment { get; init; }
    public Guid? ActorId { get; init; }
    public string ActorName { get; init; } = "";
    public DateTimeOffset At { get; init; }

    public CandidacyEventDto ToDto() => new(Kind, FromStage, ToStage, Subject, Comment, ActorId, ActorName, At);
}
