using SwarmNet.Modules.Royalties.Receivables;
using SwarmNet.Modules.Royalties.Statements;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>L441-10: interest on what is still due each day after the due date, the €40 indemnity, aged receivables.</summary>
public sealed class LatePaymentTests : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public void Interest_runs_on_the_balance_at_the_ECB_rate_plus_ten_points_of_each_half_year()
    {
        var rates = new Dictionary<string, decimal> { ["2026-H2"] = 2.15m, ["2027-H1"] = 3.00m };
        // 660 € due on 23 December 2026, 300 € paid on 12 January 2027: 8 days at 12.15 % on 660, 11 days at 13 % on 660, 26 at 13 % on 360.
        var charges = LateInterest.Compute(660m, [(D("2027-01-12"), 300m)], D("2026-12-23"), D("2027-02-06"), null, rates)!;
        var expected = Math.Round((660m * 0.1215m * 8m / 365m) + (660m * 0.13m * 11m / 365m) + (360m * 0.13m * 26m / 365m), 2, MidpointRounding.AwayFromZero);
        Assert.Equal((45, expected, 40.00m, 0.13m), (charges.DaysLate, charges.Interest, charges.Indemnity, charges.AnnualRate));
        Assert.Equal(0.1215m, LateInterest.RateOn(D("2027-09-01"), null, new Dictionary<string, decimal> { ["2026-H2"] = 2.15m })); // the last known rate
        Assert.Equal(0.12m, LateInterest.Compute(100m, [], D("2026-12-23"), D("2027-01-01"), 0.12m, rates)!.AnnualRate);
        Assert.Null(LateInterest.Compute(660m, [(D("2026-12-20"), 660m)], D("2026-12-23"), D("2027-02-06"), null, rates)); // paid in time
        Assert.Null(LateInterest.Compute(660m, [], D("2026-12-23"), D("2026-12-23"), null, rates)); // not late yet
    }

    [Fact]
    public async Task An_overdue_invoice_shows_its_interest_and_indemnity_in_receivables_and_bills_them_later()
    {
        var id = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(id, "2026-09-01", 8000m);
        await _w.DeclareAsync(id, "2026-10-01", 2000m);
        var (september, october) = ((await _w.StatementsAsync(id))[0].Id, (await _w.StatementsAsync(id))[1].Id);
        await _w.IssueAsync(september); // due 23 December
        _w.Services.Clock.Advance(TimeSpan.FromDays(20));
        await _w.IssueAsync(october); // due 12 January
        _w.Services.Clock.Advance(TimeSpan.FromDays(30)); // 12 January 2027
        await _w.Services.SendAsync(new RecordPayment(september, D("2027-01-12"), 300m, "VIR-300"), _w.Accountant);
        _w.Services.Clock.Advance(TimeSpan.FromDays(25)); // 6 February 2027

        var late = (await _w.Services.SendAsync(new GetStatement(september), _w.Step)).LateCharges!;
        Assert.Equal((45, 40.00m, "taux BCE + 10 points"), (late.DaysLate, late.Indemnity, late.RateBasis));
        Assert.Equal(Math.Round((660m * 0.1215m * 19m / 365m) + (360m * 0.1215m * 26m / 365m), 2, MidpointRounding.AwayFromZero), late.Interest);

        var receivables = await _w.Services.SendAsync(new GetAgedReceivables(_w.F.Head.Id), _w.Accountant);
        var step = Assert.Single(receivables.Debtors);
        Assert.Equal(("STEP", 2, 300.00m, 360.00m, 660.00m), (step.StructureName, step.Invoices, step.Amounts.Days0To30, step.Amounts.Days31To60, step.Amounts.Total));
        Assert.Equal((80.00m, late.Interest + Math.Round(300m * 0.1215m * 25m / 365m, 2, MidpointRounding.AwayFromZero)),
            (receivables.Totals.Indemnities, receivables.Totals.LateInterest));
        await Assert.ThrowsAsync<BuildingBlocks.Errors.NotFoundException>(() => _w.Services.SendAsync(new GetAgedReceivables(_w.F.Head.Id), _w.OtherAccountant));

        var billed = await _w.Services.SendAsync(new BillLateCharges(september), _w.Accountant);
        Assert.Equal(("latePayment", "Draft", late.Interest + 40.00m, 0.00m), (billed.Summary.Kind, billed.Summary.State, billed.Summary.TotalExclVat, billed.Summary.Vat));
        Assert.Equal([LateCharges.InterestAccount, LateCharges.IndemnityAccount], billed.Lines.Select(l => l.Account));
        await Assert.ThrowsAsync<BuildingBlocks.Errors.ConflictException>(() => _w.Services.SendAsync(new BillLateCharges(september), _w.Accountant));
    }
}
