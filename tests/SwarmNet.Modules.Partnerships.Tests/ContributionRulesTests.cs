using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.Modules.Partnerships.Domain;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>Contribution schedules without a database: what is valid, what falls due when, statuses and totals.</summary>
public sealed class ContributionRulesTests
{
    private static readonly Guid Region = Guid.CreateVersion7(), Step = Guid.CreateVersion7(), Simplon = Guid.CreateVersion7();
    private static readonly ContractTerm Term = new(new DateOnly(2026, 7, 1), new DateOnly(2028, 6, 30));

    private static ContributionTerms Money(params Instalment[] schedule) =>
        new("REGION", ContributionKind.Financial, Region, Step, "Subvention", Amount: schedule.Sum(s => s.Amount ?? 0), Schedule: schedule);

    private static Instalment I(DateOnly dueDate, decimal amount) => new(dueDate, amount);

    private static List<string> Errors(params ContributionTerms?[] contributions) =>
        ContributionRules.Validate(contributions, [Region, Step, Simplon], Term, "/c").Select(e => e.Path).ToList();

    [Fact]
    public void Money_comes_in_increasing_instalments_inside_the_term_that_add_up_to_its_amount()
    {
        Assert.Empty(Errors(Money(I(new DateOnly(2026, 9, 30), 12000m), I(new DateOnly(2027, 3, 31), 18000m))));
        Assert.Equal(["/c/0/schedule/1/dueDate"], Errors(Money(I(new DateOnly(2026, 9, 30), 1m), I(new DateOnly(2026, 9, 30), 1m))));
        Assert.Equal(["/c/0/schedule/0/dueDate"], Errors(Money(I(new DateOnly(2028, 7, 1), 1m))));
        Assert.Equal(["/c/0/schedule"], Errors(Money(I(new DateOnly(2026, 9, 30), 1m)) with { Amount = 2m }));
        Assert.Equal(["/c/0/amount", "/c/0/schedule/0/amount"], Errors(Money(I(new DateOnly(2026, 9, 30), 0.001m))));
        Assert.Equal(["/c/0/schedule"], Errors(Money() with { Amount = 5m }));
    }

    [Fact]
    public void A_contribution_is_between_two_partners_and_carries_only_its_kind_s_fields()
    {
        var outsider = Guid.CreateVersion7();
        var time = new ContributionTerms("FORM", ContributionKind.StaffTime, Simplon, Step, "Formateurs", Valuation: 12000m, Days: 20.5m, DueDate: new DateOnly(2027, 6, 30));
        Assert.Empty(Errors(time));
        Assert.Equal(["/c/0/days"], Errors(time with { Days = 20.3m }));
        Assert.Equal(["/c/0/fromOrganizationId", "/c/0/toOrganizationId"], Errors(time with { FromOrganizationId = outsider, ToOrganizationId = null }));
        Assert.Equal(["/c/0/toOrganizationId"], Errors(time with { ToOrganizationId = Simplon }));
        Assert.Equal(["/c/0/amount", "/c/0/days"], Errors(time with { Kind = ContributionKind.InKind, Amount = 3m }));
        Assert.Equal(["/c/1/code"], Errors(time, time with { Code = "form" }));
        Assert.Equal(["/c/0/code", "/c/0/kind"], Errors(time with { Code = "TROP-LONG-CODE", Kind = null }));
        Assert.Equal(["/c/0/valuation", "/c/0/days", "/c/0/dueDate"], Errors(Money(I(new DateOnly(2026, 9, 30), 1m)) with { Valuation = 1m, Days = 1m, DueDate = new DateOnly(2026, 9, 1) }));
    }

    [Fact]
    public void An_item_is_planned_then_late_the_day_after_its_due_date_unless_delivered()
    {
        var item = new DueItem("REGION", 1, new DateOnly(2026, 9, 30), 12000m, 0m);
        Assert.Equal(ProgressStatus.Planned, ContributionSchedule.StatusOf(item, null, new DateOnly(2026, 9, 30)));
        Assert.Equal(ProgressStatus.Late, ContributionSchedule.StatusOf(item, null, new DateOnly(2026, 10, 1)));
        Assert.Equal(ProgressStatus.Delivered, ContributionSchedule.StatusOf(item, new Delivery("REGION", 1, new DateOnly(2026, 10, 5), 12000m), new DateOnly(2026, 10, 6)));
        Assert.Equal(ProgressStatus.Late, ContributionSchedule.StatusOf([ProgressStatus.Delivered, ProgressStatus.Late, ProgressStatus.Planned]));
        Assert.Equal(ProgressStatus.Planned, ContributionSchedule.StatusOf([ProgressStatus.Delivered, ProgressStatus.Planned]));
        Assert.Equal(ProgressStatus.Delivered, ContributionSchedule.StatusOf([ProgressStatus.Delivered, ProgressStatus.Delivered]));
    }

    [Fact]
    public void Each_instalment_of_money_is_a_payment_obligation_of_the_giver_on_its_date()
    {
        var terms = ContributionSchedule.Obligations([Money(I(new DateOnly(2026, 9, 30), 12000m), I(new DateOnly(2027, 3, 31), 18000m)),
            new("LOCAUX", ContributionKind.InKind, Step, Simplon, "Salle", Valuation: 8000m, DueDate: new DateOnly(2026, 9, 1))]).ToList();
        Assert.Equal(["REGION-1", "REGION-2"], terms.Select(t => t.Code));
        Assert.All(terms, t => Assert.Equal(("payment", Region.ToString("D"), "once"), (t.Category, t.Actor, t.Schedule!.Kind)));
        Assert.Equal([new DateOnly(2026, 9, 30), new DateOnly(2027, 3, 31)], terms.Select(t => t.Schedule!.Date!.Value));
    }

    [Fact]
    public void Totals_per_partner_and_kind_count_what_is_planned_and_what_was_delivered()
    {
        var money = Money(I(new DateOnly(2026, 9, 30), 12000m), I(new DateOnly(2027, 3, 31), 18000m));
        var time = new ContributionTerms("FORM", ContributionKind.StaffTime, Simplon, Step, "Formateurs", Valuation: 12000m, Days: 20m, DueDate: new DateOnly(2027, 6, 30));
        var more = money with { Code = "REGION2", Schedule = [I(new DateOnly(2027, 9, 30), 5000m)], Amount = 5000m };
        var totals = ContributionTotals.Of([money, time, more], [new Delivery("region", 1, new DateOnly(2026, 10, 2), 11500m)]);
        Assert.Equal([new ContributionTotal(Region, ContributionKind.Financial, 35000m, 11500m, 0m, 0m), new ContributionTotal(Simplon, ContributionKind.StaffTime, 12000m, 0m, 20m, 0m)],
            totals);
    }
}
