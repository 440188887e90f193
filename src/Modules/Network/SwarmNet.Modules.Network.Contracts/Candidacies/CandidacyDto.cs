namespace SwarmNet.Modules.Network.Contracts.Candidacies;

public sealed record ChecklistItemDto(
    Guid Id, string Code, string Label, bool Mandatory, bool Done, string? EvidenceNote, DateOnly? EvidenceDate, string? EvidenceFile,
    DateTimeOffset? TickedAt);

public sealed record StageTransitionDto(CandidacyStage? From, CandidacyStage To, string? Comment, Guid? ActorId, string ActorName, DateTimeOffset At);

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
    IReadOnlyList<StageTransitionDto> History);

public sealed record CandidacySummaryDto(
    Guid Id, Guid NetworkId, Guid StructureId, string StructureName, string? City, string Model, string Territory,
    CandidacyStage Stage, DateTimeOffset StageChangedAt, int DaysInStage, int OpenMandatoryItems);

public sealed record PipelineStageDto(CandidacyStage Stage, int Count, int AverageDaysInStage, int MaxDaysInStage);

public sealed record PipelineDto(Guid NetworkId, DateOnly AsOf, int StuckAfterDays, IReadOnlyList<PipelineStageDto> Stages, IReadOnlyList<CandidacySummaryDto> Stuck);
