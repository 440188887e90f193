using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Contributions;

/// <summary>An instalment (or the whole contribution in kind or time): when it is due, what it is worth, and whether it came.</summary>
internal sealed record DueItemDto(int Number, DateOnly DueDate, decimal Value, decimal Days, ProgressStatus Status, string StatusLabel,
    DateOnly? DeliveredOn, decimal? DeliveredValue);

internal sealed record ContributionDto(string Code, ContributionKind Kind, string KindLabel, Guid FromOrganizationId, string FromName, Guid ToOrganizationId,
    string ToName, string Description, decimal Value, decimal Days, ProgressStatus Status, string StatusLabel, IReadOnlyList<DueItemDto> Items);

internal sealed record ContributionTotalDto(Guid OrganizationId, string Name, ContributionKind Kind, string KindLabel, decimal Planned, decimal Delivered,
    decimal PlannedDays, decimal DeliveredDays);

/// <summary>Every contribution with its status on the day asked, and the totals per giving partner and kind.</summary>
internal sealed record ContributionsDto(DateOnly On, IReadOnlyList<ContributionDto> Contributions, IReadOnlyList<ContributionTotalDto> Totals);
