using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Milestones;

/// <summary>A milestone or deliverable with its status on the day (planned, done, late) and, once done, its evidence.</summary>
internal sealed record MilestoneDto(string Code, MilestoneKind Kind, string KindLabel, string Title, string? Description, Guid OwnerOrganizationId, string OwnerName,
    DateOnly DueDate, ProgressStatus Status, string StatusLabel, DateOnly? CompletedOn, string? Evidence, Guid? DocumentId);
