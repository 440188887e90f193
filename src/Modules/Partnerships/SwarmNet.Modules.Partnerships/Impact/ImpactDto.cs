using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Impact;

internal sealed record BreakdownValueDto(string Code, string Label, decimal Value);

internal sealed record PartnerImpactDto(Guid OrganizationId, string Name, decimal? Value, IReadOnlyList<BreakdownValueDto> Breakdowns);

/// <summary>An indicator over the range: the partnership's value, its breakdowns, and each reporting partner's share.</summary>
internal sealed record IndicatorImpactDto(string Code, string Label, string Unit, IndicatorAggregation Aggregation, string AggregationLabel, decimal? Value,
    IReadOnlyList<BreakdownValueDto> Breakdowns, IReadOnlyList<PartnerImpactDto> Partners);

internal sealed record ImpactDto(Guid PartnershipId, string Title, DateOnly? From, DateOnly? To, IReadOnlyList<IndicatorImpactDto> Indicators);

/// <summary>An indicator code across partnerships: their values added up, and how many partnerships reported it.</summary>
internal sealed record CombinedIndicatorDto(string Code, string Label, string Unit, decimal? Value, IReadOnlyList<BreakdownValueDto> Breakdowns, int Partnerships);

/// <summary>What a network's partnerships (or a partner's, across its partnerships) achieved over a range.</summary>
internal sealed record CombinedImpactDto(Guid? NetworkId, Guid? OrganizationId, DateOnly? From, DateOnly? To, int Partnerships, IReadOnlyList<CombinedIndicatorDto> Indicators);

internal static class ImpactDtos
{
    public static IReadOnlyList<BreakdownValueDto> Breakdowns(IndicatorTerms indicator, IndicatorValue value) => indicator.BreakdownList
        .Where(b => value.Breakdowns.ContainsKey(b.Code!)).Select(b => new BreakdownValueDto(b.Code!, b.Label!, value.Breakdowns[b.Code!])).ToList();
}
