using FluentValidation;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>
/// Indicators across the partnerships the actor sees that have run — those of a network, or those a partner takes part in
/// (then only that partner's values) — matched by code: each partnership aggregated by its own rule, then added up.
/// </summary>
internal sealed record GetCombinedImpact(Guid? NetworkId = null, Guid? OrganizationId = null, DateOnly? From = null, DateOnly? To = null) : IQuery<CombinedImpactDto>;

internal sealed class GetCombinedImpactValidator : AbstractValidator<GetCombinedImpact>
{
    public GetCombinedImpactValidator() => this.AddRangeRule(q => q.From, q => q.To);
}

internal sealed class GetCombinedImpactHandler(DbSession db, ImpactValues values, ActorContext actor) : IRequestHandler<GetCombinedImpact, CombinedImpactDto>
{
    public async Task<CombinedImpactDto> Handle(GetCombinedImpact request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor.Current);
        var partnerships = (await db.QueryAsync<ContentRow>(SelectSql, new { All = all, OrgIds = orgIds, request.NetworkId, Organization = request.OrganizationId },
            cancellationToken)).Select(p => (p.Id, Content: ContractJson.Read<PartnershipContent>(p.Content))).ToList();
        var range = new DateRange(request.From, request.To);
        var reported = (await values.ReadAsync(partnerships.Select(p => p.Id).ToList(), request.OrganizationId, range, cancellationToken)).ToLookup(v => v.ContractId, v => v.Value);
        var each = partnerships.SelectMany(p => p.Content.IndicatorList.Select(i => (Indicator: i, Value: ImpactAggregation.Aggregate(i, reported[p.Id], range)))).ToList();
        var indicators = each.GroupBy(x => x.Indicator.Code!, StringComparer.OrdinalIgnoreCase).Select(g =>
        {
            var first = g.First().Indicator;
            var combined = ImpactAggregation.Combine(first.Code!, g.Select(x => x.Value));
            var breakdowns = g.SelectMany(x => x.Indicator.BreakdownList).DistinctBy(b => b.Code!.ToUpperInvariant())
                .Where(b => combined.Breakdowns.ContainsKey(b.Code!)).Select(b => new BreakdownValueDto(b.Code!, b.Label!, combined.Breakdowns[b.Code!])).ToList();
            return new CombinedIndicatorDto(first.Code!, first.Label!.Trim(), first.Unit!.Trim(), combined.Value, breakdowns, g.Count(x => x.Value.Value is not null));
        }).ToList();
        return new CombinedImpactDto(request.NetworkId, request.OrganizationId, request.From, request.To, partnerships.Count, indicators);
    }

    internal const string SelectSql = "SELECT c.id, c.content FROM partnerships_contracts c WHERE " + PartnershipVisibility.Condition + """

          AND c.status NOT IN ('Draft', 'Signed')
          AND (@NetworkId IS NULL OR c.network_id = @NetworkId)
          AND (@Organization IS NULL OR EXISTS (SELECT 1 FROM partnerships_partners f WHERE f.contract_id = c.id AND f.organization_id = @Organization))
        ORDER BY c.effective_date, c.id
        """;

    private sealed class ContentRow
    {
        public Guid Id { get; init; }
        public string Content { get; init; } = "{}";
    }
}
