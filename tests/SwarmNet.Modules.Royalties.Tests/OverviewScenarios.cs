using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Overview;
using SwarmNet.Testing;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The network head's royalties by month and account: billed figures only, every month of the window, its own only.</summary>
public abstract class OverviewScenarios : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync(Provider);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [DbFact]
    public async Task Approved_and_issued_statements_are_summed_by_month_and_account_drafts_are_not()
    {
        var agreement = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(agreement, "2026-09-01", 8000m);
        await _w.DeclareAsync(agreement, "2026-10-01", 10000m);
        var (september, october) = ((await _w.StatementsAsync(agreement))[0], (await _w.StatementsAsync(agreement))[1]);
        await _w.IssueAsync(september.Id);
        await _w.ApproveAsync(october.Id);
        await _w.DeclareAsync(agreement, "2026-08-01", 2000m); // stays a draft

        var overview = await _w.Services.SendAsync(new GetRoyaltyOverview(_w.F.Head.Id), _w.F.HeadStaff);

        Assert.Equal((D("2025-12-01"), D("2026-11-30")), (overview.From, overview.To));
        Assert.Equal(12, overview.Months.Count);
        Assert.Equal(["royalty", "fee"], overview.Accounts);
        var byMonth = overview.Months.ToDictionary(m => m.Month);
        Assert.Equal((400.00m, 150.00m, 550.00m), (byMonth[D("2026-09-01")].ByAccount["royalty"], byMonth[D("2026-09-01")].ByAccount["fee"], byMonth[D("2026-09-01")].Total));
        Assert.Equal(650.00m, byMonth[D("2026-10-01")].Total);
        Assert.Empty(byMonth[D("2026-08-01")].ByAccount);
        Assert.Equal(1200.00m, overview.Billed);
        Assert.Equal(660.00m, overview.Outstanding); // the issued September invoice, incl. VAT; October is approved, not yet owed
    }

    [DbFact]
    public async Task Only_the_network_heads_side_sees_it_and_the_window_is_checked()
    {
        var agreement = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(agreement, "2026-09-01", 8000m);

        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetRoyaltyOverview(_w.F.Head.Id), _w.OtherAccountant));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetRoyaltyOverview(_w.F.Head.Id), _w.Step));
        var backwards = await Assert.ThrowsAsync<InputValidationException>(() =>
            _w.Services.SendAsync(new GetRoyaltyOverview(_w.F.Head.Id, D("2026-06-01"), D("2026-01-01")), _w.Accountant));
        Assert.Equal(["/to"], backwards.Errors.Select(e => e.Path));
        var summer = await _w.Services.SendAsync(new GetRoyaltyOverview(_w.F.Head.Id, D("2026-07-15"), D("2026-09-10")), _w.Accountant);
        Assert.Equal((D("2026-07-01"), D("2026-09-30"), 3), (summer.From, summer.To, summer.Months.Count));
    }
}

public sealed class SqliteOverviewTests : OverviewScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOverviewTests : OverviewScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
