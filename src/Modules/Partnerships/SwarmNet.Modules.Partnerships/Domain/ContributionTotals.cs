namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>What one partner gives, for one kind of contribution: planned and delivered, in euros and (staff time) days.</summary>
internal sealed record ContributionTotal(Guid OrganizationId, ContributionKind Kind, decimal Planned, decimal Delivered, decimal PlannedDays, decimal DeliveredDays);

internal static class ContributionTotals
{
    /// <summary>Per giving partner and kind, in the order partners and kinds are listed; a delivered item counts what was recorded.</summary>
    public static IReadOnlyList<ContributionTotal> Of(IEnumerable<ContributionTerms> contributions, IReadOnlyCollection<Delivery> deliveries)
    {
        var delivered = deliveries.ToDictionary(d => (d.Code.ToUpperInvariant(), d.Number));
        return contributions
            .SelectMany(c => ContributionSchedule.Items(c).Select(item => (c.FromOrganizationId!.Value, c.Kind!.Value, item,
                Delivery: delivered.GetValueOrDefault((item.Code.ToUpperInvariant(), item.Number)))))
            .GroupBy(x => (x.Item1, x.Item2))
            .Select(g => new ContributionTotal(g.Key.Item1, g.Key.Item2, g.Sum(x => x.item.Value), g.Sum(x => x.Delivery?.Value ?? 0m),
                g.Sum(x => x.item.Days), g.Where(x => x.Delivery is not null).Sum(x => x.item.Days)))
            .ToList();
    }
}
