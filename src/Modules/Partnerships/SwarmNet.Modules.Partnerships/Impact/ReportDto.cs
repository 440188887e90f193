namespace SwarmNet.Modules.Partnerships.Impact;

internal sealed record ReportedBreakdownDto(string Code, string Label, decimal Value);

internal sealed record ReportedIndicatorDto(string Indicator, string Label, string Unit, decimal Value, IReadOnlyList<ReportedBreakdownDto> Breakdowns);

/// <summary>A partner's report for a period, as every partner reads it; a correction raises its version.</summary>
internal sealed record ReportDto(Guid Id, Guid OrganizationId, string OrganizationName, DateOnly PeriodStart, DateOnly PeriodEnd, int Version,
    DateTimeOffset ReportedAt, string ReportedByName, IReadOnlyList<ReportedIndicatorDto> Values);
