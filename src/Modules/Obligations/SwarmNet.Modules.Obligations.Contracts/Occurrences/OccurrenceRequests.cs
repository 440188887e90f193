using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Obligations.Contracts.Occurrences;

/// <summary>
/// An organisation's calendar across all its contracts and networks: as a structure (what it owes) and as a network head
/// (what its affiliates owe). Filters by network, contract, category, state and due dates; paged and sorted.
/// </summary>
public sealed record ListOccurrences(
    Guid OrganizationId, Guid? NetworkId = null, Guid? ContractId = null, string? Category = null, string? State = null,
    DateOnly? From = null, DateOnly? To = null, string? Sort = null, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<OccurrenceDto>>;

/// <summary>One occurrence with its whole history (who, when, from which state to which) and its evidence files.</summary>
public sealed record GetOccurrence(Guid OccurrenceId) : IQuery<OccurrenceDetailDto>;

/// <summary>
/// The party that owes an occurrence hands it in, with the evidence its obligation asks for: files attached beforehand,
/// indicator values, or a royalty declaration's reference. Early, late and after a rejection alike.
/// </summary>
public sealed record SubmitOccurrence(Guid OccurrenceId, int Version, IReadOnlyDictionary<string, decimal>? Indicators = null, Guid? DeclarationId = null)
    : ICommand<OccurrenceDto>;

/// <summary>
/// The owing party attaches an evidence file to an open occurrence, under the contract documents' rules (PDF, PNG, JPEG,
/// 10 MB, content matching the type). The caller hashes the bytes before the transaction (nothing slow inside it).
/// </summary>
public sealed record AttachOccurrenceFile(Guid OccurrenceId, string? FileName, string? ContentType, byte[] Content, string Sha256)
    : ICommand<OccurrenceFileDto>;

/// <summary>
/// A member of an organisation asks for a secret calendar address of its occurrences, to subscribe to from a calendar app.
/// The secret is shown once, in <see cref="CalendarFeedDto.Path"/>; only its hash is kept.
/// </summary>
public sealed record CreateCalendarFeed(Guid OrganizationId) : ICommand<CalendarFeedDto>;

public sealed record CalendarFeedDto(Guid Id, Guid OrganizationId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Path = null);
