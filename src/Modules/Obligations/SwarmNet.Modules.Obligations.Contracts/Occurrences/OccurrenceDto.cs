namespace SwarmNet.Modules.Obligations.Contracts.Occurrences;

/// <summary>One occurrence of an obligation, as the calendar and the detail show it; <see cref="StateLabel"/> is the glossary's word.</summary>
public sealed record OccurrenceDto(
    Guid Id, Guid ContractId, string ContractKind, string ContractTitle, Guid GrantorOrganizationId, Guid StructureOrganizationId, Guid? NetworkId,
    string Code, string Title, string Category, string Actor, string Evidence, DateOnly DueDate, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    DateOnly? EscalationDate, string State, string StateLabel, DateOnly? SubmittedOn, IReadOnlyDictionary<string, decimal>? Indicators,
    Guid? DeclarationId, int? DeclarationVersion, string? Reason, int Version);

public sealed record OccurrenceHistoryDto(DateTimeOffset At, string? FromState, string ToState, string ActorName, string? Note);

public sealed record OccurrenceFileDto(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string UploadedByName);

public sealed record OccurrenceDetailDto(OccurrenceDto Occurrence, IReadOnlyList<OccurrenceHistoryDto> History, IReadOnlyList<OccurrenceFileDto> Files);
