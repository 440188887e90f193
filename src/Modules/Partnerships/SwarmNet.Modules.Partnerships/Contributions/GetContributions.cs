using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Contributions;

/// <summary>The contributions of a partnership as its partners read them: status of each instalment today, totals per partner and kind.</summary>
internal sealed record GetContributions(Guid PartnershipId) : IQuery<ContributionsDto>;

internal sealed class GetContributionsHandler(PartnershipAccess access, DbSession db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<GetContributions, ContributionsDto>
{
    public async Task<ContributionsDto> Handle(GetContributions request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var deliveries = (await db.QueryAsync<DeliveryRow>(SelectSql, new { ContractId = contract.Id }, cancellationToken)).Select(d => d.ToDelivery()).ToList();
        var today = ContractDay.Today(clock);
        var delivered = deliveries.ToDictionary(d => (d.Code.ToUpperInvariant(), d.Number));
        var contributions = row.ContentOf().ContributionList.Select(c =>
        {
            var items = ContributionSchedule.Items(c).Select(item =>
            {
                var delivery = delivered.GetValueOrDefault((item.Code.ToUpperInvariant(), item.Number));
                var status = ContributionSchedule.StatusOf(item, delivery, today);
                return new DueItemDto(item.Number, item.DueDate, item.Value, item.Days, status, Glossary.Of(status), delivery?.DeliveredOn, delivery?.Value);
            }).ToList();
            var status = ContributionSchedule.StatusOf(items.Select(i => i.Status).ToList());
            return new ContributionDto(c.Code!, c.Kind!.Value, Glossary.Of(c.Kind.Value), c.FromOrganizationId!.Value, row.NameOf(c.FromOrganizationId.Value),
                c.ToOrganizationId!.Value, row.NameOf(c.ToOrganizationId.Value), c.Description!.Trim(), c.Value, c.Days ?? 0m, status, Glossary.Of(status), items);
        }).ToList();
        var totals = ContributionTotals.Of(row.ContentOf().ContributionList, deliveries)
            .Select(t => new ContributionTotalDto(t.OrganizationId, row.NameOf(t.OrganizationId), t.Kind, Glossary.Of(t.Kind), t.Planned, t.Delivered, t.PlannedDays, t.DeliveredDays))
            .ToList();
        return new ContributionsDto(today, contributions, totals);
    }

    internal const string SelectSql = """
        SELECT contribution_code, number, delivered_on, value_cents FROM partnerships_deliveries WHERE contract_id = @ContractId
        """;

    internal sealed class DeliveryRow
    {
        public string ContributionCode { get; init; } = "";
        public int Number { get; init; }
        public DateOnly DeliveredOn { get; init; }
        public long ValueCents { get; init; }

        public Delivery ToDelivery() => new(ContributionCode, Number, DeliveredOn, Money.FromCents(ValueCents));
    }
}
