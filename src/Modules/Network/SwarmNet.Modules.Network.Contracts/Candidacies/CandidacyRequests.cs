using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>Opens a candidacy at Lead, with the network's current readiness checklist copied into it.</summary>
public sealed record OpenCandidacy(Guid NetworkId, Guid StructureId, string Model, string Territory, string? Comment = null) : ICommand<CandidacyDto>;

public sealed record GetCandidacy(Guid Id) : IQuery<CandidacyDto>;

/// <summary>Sort: structure, stage, stageChangedAt or openedAt, '-' for descending.</summary>
public sealed record ListCandidacies(
    Guid NetworkId, CandidacyStage? Stage = null, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize, string? Sort = "-stageChangedAt")
    : IQuery<PagedResult<CandidacySummaryDto>>;

/// <summary>Moves a candidacy; Declined and Withdrawn need a reason. <see cref="Version"/>, when given, guards against stale edits.</summary>
public sealed record MoveCandidacy(Guid CandidacyId, CandidacyStage To, string? Comment = null, string? Reason = null, int? Version = null)
    : ICommand<CandidacyDto>;

/// <summary>
/// Ticks (or unticks) a readiness item. A mandatory item is ticked with its evidence: a note and a date, not in the future;
/// an item that requires a file keeps the one already uploaded for it (files come by upload, with the note and date).
/// </summary>
public sealed record RecordReadinessEvidence(Guid CandidacyId, Guid ItemId, bool Done, string? Note = null, DateOnly? Date = null)
    : ICommand<CandidacyDto>;

/// <summary>Counts and ages per stage, and the candidacies stuck in their stage for more than <see cref="StuckAfterDays"/>.</summary>
public sealed record GetPipeline(Guid NetworkId, int StuckAfterDays = 30) : IQuery<PipelineDto>;

/// <summary>
/// Ticks a readiness item with an uploaded file, a note and a date. Not a command: the file is checked, hashed and
/// stored outside any transaction, then a command ticks the item in one.
/// </summary>
public sealed record AttachReadinessEvidence(Guid CandidacyId, Guid ItemId, string? Note, DateOnly? Date, UploadedFile? File)
    : MediatR.IRequest<CandidacyDto>;
