namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>A readiness item of a candidacy and its evidence (<see cref="EvidenceFile"/>: the uploaded file, when there is one).</summary>
public sealed record ChecklistItemDto(
    Guid Id, string Code, string Label, bool Mandatory, bool RequiresFile, bool Done, string? EvidenceNote, DateOnly? EvidenceDate,
    EvidenceFileDto? EvidenceFile, DateTimeOffset? TickedAt);

public sealed record EvidenceFileDto(string FileName, string ContentType, long SizeBytes, string Sha256);

/// <summary>What a history entry records.</summary>
public enum CandidacyEventKind
{
    StageChanged,
    ItemTicked,
    ItemUnticked,
    DisclosureRecorded,
}

/// <summary>
/// One entry of a candidacy's history, with who and when. <see cref="From"/>/<see cref="To"/> are the stages around a stage
/// change; for other kinds both are the stage at that moment. <see cref="Subject"/> names what the entry is about (the
/// readiness item's label, the DIP's file name); <see cref="Comment"/> holds the actor's words (comment, reason, evidence note).
/// </summary>
public sealed record CandidacyEventDto(
    CandidacyEventKind Kind, CandidacyStage? From, CandidacyStage To, string? Subject, string? Comment, Guid? ActorId, string ActorName, DateTimeOffset At);

public sealed record CandidacyDto(
    Guid Id,
    Guid NetworkId,
    Guid StructureId,
    string StructureName,
    string Model,
    string Territory,
    CandidacyStage Stage,
    string? ClosingReason,
    Guid? ContractId,
    DateTimeOffset OpenedAt,
    DateTimeOffset StageChangedAt,
    int Version,
    IReadOnlyList<ChecklistItemDto> Checklist,
    IReadOnlyList<CandidacyEventDto> History);

public sealed record CandidacySummaryDto(
    Guid Id, Guid NetworkId, Guid StructureId, string StructureName, string? City, string Model, string Territory,
    CandidacyStage Stage, DateTimeOffset StageChangedAt, int DaysInStage, int OpenMandatoryItems);

public sealed record PipelineStageDto(CandidacyStage Stage, int Count, int AverageDaysInStage, int MaxDaysInStage);

public sealed record PipelineDto(Guid NetworkId, DateOnly AsOf, int StuckAfterDays, IReadOnlyList<PipelineStageDto> Stages, IReadOnlyList<CandidacySummaryDto> Stuck);
