using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Governance;

internal sealed record DecisionDto(int Number, string Code, string Title, Guid OwnerOrganizationId, string OwnerName, DateOnly DueDate);

/// <summary>A meeting of the steering committee: when, who came, its minutes (text, or a document of the contract), its decisions.</summary>
internal sealed record MeetingDto(Guid Id, int Number, DateOnly HeldOn, IReadOnlyList<string> Attendees, string? Minutes, Guid? MinutesDocumentId,
    IReadOnlyList<DecisionDto> Decisions, DateTimeOffset RecordedAt, string RecordedByName);

/// <summary>The committee the contract sets up (null when it sets none) and its meetings, the latest first.</summary>
internal sealed record GovernanceDto(string? CommitteeName, CommitteeCadence? Cadence, string? CadenceLabel, IReadOnlyList<MeetingDto> Meetings);
