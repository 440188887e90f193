using FluentValidation;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>A partnership's indicators over a date range (periods wholly inside count), in total and per reporting partner.</summary>
internal sealed record GetImpact(Guid PartnershipId, DateOnly? From = null, DateOnly? To = null) : IQuery<ImpactDto>;

internal sealed class GetImpactValidator : AbstractValidator<GetImpact>
{
    public GetImpactValidator() => this.AddRangeRule(q => q.From, q => q.To);
}

internal sealed class GetImpactHandler(PartnershipAccess access, ImpactValues values, ActorContext actor) : IRequestHandler<GetImpact, ImpactDto>
{
    public async Task<ImpactDto> Handle(GetImpact request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var range = new DateRange(request.From, request.To);
        var reported = (await values.ReadAsync([contract.Id], null, range, cancellationToken)).Select(v => v.Value).ToList();
        var content = row.ContentOf();
        var indicators = content.IndicatorList.Select(indicator =>
        {
            var total = ImpactAggregation.Aggregate(indicator, reported, range);
            var partners = reported.Where(v => v.IsTotal && v.Indicator == indicator.Code).Select(v => v.OrganizationId).Distinct()
                .Select(org => (org, Value: ImpactAggregation.Aggregate(indicator, reported.Where(v => v.OrganizationId == org), range)))
                .OrderBy(p => row.Partners.FirstOrDefault(x => x.OrganizationId == p.org)?.Position ?? int.MaxValue)
                .Select(p => new PartnerImpactDto(p.org, row.NameOf(p.org), p.Value.Value, ImpactDtos.Breakdowns(indicator, p.Value))).ToList();
            return new IndicatorImpactDto(indicator.Code!, indicator.Label!.Trim(), indicator.Unit!.Trim(), indicator.Aggregation!.Value, Glossary.Of(indicator.Aggregation.Value),
                total.Value, ImpactDtos.Breakdowns(indicator, total), partners);
        }).ToList();
        return new ImpactDto(contract.Id, content.Title ?? "", request.From, request.To, indicators);
    }
}
