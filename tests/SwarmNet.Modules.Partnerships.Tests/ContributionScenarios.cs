using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Partnerships.Contributions;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>Contributions once the partnership runs: statuses on the day, deliveries by the giver, payments fulfilled in Obligations.</summary>
public abstract class ContributionScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task Each_contribution_is_planned_or_late_on_the_day_and_the_giver_records_it_delivered()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var read = await Services.SendAsync(new GetContributions(active.Id), W.StepMember);
        Assert.Equal([ProgressStatus.Late, ProgressStatus.Late, ProgressStatus.Planned], read.Contributions.Select(c => c.Status));
        Assert.Equal(["en retard", "prévu"], read.Contributions[0].Items.Select(i => i.StatusLabel));
        Assert.Equal(("Région Nouvelle-Aquitaine", "STEP", "apport financier"), (read.Contributions[0].FromName, read.Contributions[0].ToName, read.Contributions[0].KindLabel));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Delivery(active.Id, "REGION", 1, new DateOnly(2026, 10, 2)), W.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(Delivery(active.Id, "REGION", 1, new DateOnly(2026, 10, 2)), W.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(Delivery(active.Id, "NOPE", 1, new DateOnly(2026, 10, 2)), W.RegionAdmin));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(Delivery(active.Id, "REGION", 3, new DateOnly(2026, 12, 1)) with { Value = -1m }, W.RegionAdmin));
        Assert.Equal(["/number", "/deliveredOn", "/value"], invalid.Errors.Select(e => e.Path));

        var paid = await Services.SendAsync(Delivery(active.Id, "region", 1, new DateOnly(2026, 10, 2)) with { Value = 11500m }, W.RegionAdmin);
        Assert.Equal((ProgressStatus.Delivered, new DateOnly(2026, 10, 2), 11500m), (paid.Contributions[0].Items[0].Status, paid.Contributions[0].Items[0].DeliveredOn!.Value,
            paid.Contributions[0].Items[0].DeliveredValue!.Value));
        Assert.Equal(ProgressStatus.Planned, paid.Contributions[0].Status); // the second instalment is still to come
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(Delivery(active.Id, "REGION", 1, new DateOnly(2026, 10, 3)), W.RegionAdmin));
        var lent = await Services.SendAsync(Delivery(active.Id, "LOCAUX", null, new DateOnly(2026, 9, 1)), W.SimplonStaff); // the lead records for any partner
        Assert.Equal(ProgressStatus.Delivered, lent.Contributions[1].Status);

        var totals = lent.Totals.Select(t => (t.Name, t.KindLabel, t.Planned, t.Delivered, t.PlannedDays)).ToList();
        Assert.Equal([("Région Nouvelle-Aquitaine", "apport financier", 30000m, 11500m, 0m), ("STEP", "apport en nature", 8000m, 8000m, 0m),
            ("Simplon", "apport en temps de personnel", 12000m, 0m, 20m)], totals);
        Assert.Contains((await GetAsync(active.Id)).History, h => h.Action == "contributionDelivered" && h.Details!.Contains("REGION n° 1", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Money_due_becomes_payment_obligations_that_a_recorded_delivery_fulfils()
    {
        var active = await SignByAllAsync(await DraftAsync());
        Assert.Contains(active.Obligations, o => o.Code == "REGION-2" && o.Category == "payment" && o.Actor == W.Region.Id.ToString("D"));
        await DispatchAsync();
        Assert.Equal([("REGION-1", "Overdue"), ("REGION-2", "Upcoming")], await PaymentsAsync(active.Id));

        await Services.SendAsync(new RecordDelivery(active.Id, "REGION", 1, new DateOnly(2026, 10, 2), null, null), W.RegionAdmin);
        await DispatchAsync();
        Assert.Equal([("REGION-1", "Submitted"), ("REGION-2", "Upcoming")], await PaymentsAsync(active.Id));
        var history = await Services.QueryAsync<string>("""
            SELECT h.note FROM obligations_history h JOIN obligations_occurrences o ON o.id = h.occurrence_id
            WHERE o.contract_id = @Id AND o.code = 'REGION-1' AND h.to_state = 'Submitted'
            """, new { active.Id });
        Assert.Contains("REGION n° 1", Assert.Single(history), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Nothing_is_delivered_under_a_draft()
    {
        var draft = await DraftAsync();
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new RecordDelivery(draft.Id, "REGION", 1, new DateOnly(2026, 10, 2), null, null), W.RegionAdmin));
        Assert.Equal(ProgressStatus.Late, (await Services.SendAsync(new GetContributions(draft.Id), W.RegionAdmin)).Contributions[0].Status);
    }

    private static RecordDelivery Delivery(Guid id, string code, int? number, DateOnly on) => new(id, code, number, on, null, null);

    private async Task<List<(string, string)>> PaymentsAsync(Guid id) =>
        (await Services.QueryAsync<(string, string)>("SELECT code, state FROM obligations_occurrences WHERE contract_id = @Id AND code LIKE 'REGION-%' ORDER BY code", new { Id = id })).ToList();
}

public sealed class SqliteContributionTests : ContributionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerContributionTests : ContributionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
