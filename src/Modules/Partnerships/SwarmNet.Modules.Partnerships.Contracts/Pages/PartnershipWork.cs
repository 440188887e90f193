using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Partnerships.Contracts.Pages;

/// <summary>
/// What the partners do under a partnership, for the contract page: each contribution's instalments, the steering
/// committee's meetings and the milestones, with their statuses on the day (labels in the reader's language). Partners only.
/// </summary>
public sealed record GetPartnershipWork(Guid PartnershipId) : IQuery<PartnershipWork>;

public sealed record PartnershipWork(DateOnly On, IReadOnlyList<ContributionItemLine> Contributions, string? CommitteeName, string? CadenceLabel,
    IReadOnlyList<MeetingLine> Meetings, IReadOnlyList<MilestoneLine> Milestones, IReadOnlyList<PartnerLine> Partners);

/// <summary>A partner of the contract, as a form offers it (a decision's owner).</summary>
public sealed record PartnerLine(Guid OrganizationId, string Name, string RoleLabel);

/// <summary>One instalment of a contribution (or the whole of one in kind or time); <see cref="Delivered"/> once recorded.</summary>
public sealed record ContributionItemLine(string Code, int Number, string KindLabel, string FromName, string ToName, string Description, DateOnly DueDate,
    decimal Value, decimal Days, string StatusLabel, bool Delivered, DateOnly? DeliveredOn);

public sealed record MeetingLine(int Number, DateOnly HeldOn, IReadOnlyList<string> Attendees, string? Minutes, IReadOnlyList<DecisionLine> Decisions);

/// <summary>A decision of a meeting: its code (its obligation's), what, the partner who follows it up, by when.</summary>
public sealed record DecisionLine(string Code, string Title, Guid OwnerOrganizationId, string OwnerName, DateOnly DueDate);

public sealed record MilestoneLine(string Code, string KindLabel, string Title, string OwnerName, DateOnly DueDate, string StatusLabel, bool Done,
    DateOnly? CompletedOn, string? Evidence);

/// <summary>The giving partner (or the lead) records an instalment delivered; the module's rules decide.</summary>
public sealed record RecordContributionDelivered(Guid PartnershipId, string Code, int Number, DateOnly? DeliveredOn, decimal? Value, string? Note) : ICommand;

/// <summary>
/// The lead records a steering committee meeting: date, attendees, minutes as text, and its decisions, each followed up by
/// a partner by a due date (errors under <c>/decisions/0/title</c>, <c>…/ownerOrganizationId</c>, <c>…/dueDate</c>).
/// Minutes as an attached document stay with the API.
/// </summary>
public sealed record RecordCommitteeMeeting(Guid PartnershipId, DateOnly? HeldOn, IReadOnlyList<string?>? Attendees, string? Minutes,
    IReadOnlyList<MeetingDecision?>? Decisions = null) : ICommand;

/// <summary>A decision as the form writes it: what, which partner follows it up, by when.</summary>
public sealed record MeetingDecision(string? Title, Guid? OwnerOrganizationId, DateOnly? DueDate);

/// <summary>The partner who answers for a milestone (or the lead) records it done with its evidence.</summary>
public sealed record CompletePartnershipMilestone(Guid PartnershipId, string Code, DateOnly? CompletedOn, string? Evidence) : ICommand;
