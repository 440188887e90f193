using Ical.Net;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Obligations.Board;
using SwarmNet.Modules.Obligations.Contracts.Board;
using SwarmNet.Modules.Obligations.Feeds;
using SwarmNet.Modules.Obligations.Occurrences;
using SwarmNet.Modules.Obligations.Reminders;
using SwarmNet.Testing;
using Xunit;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>The network's compliance board and the iCalendar feed, parsed back with Ical.Net.</summary>
public abstract class ViewScenarios : IAsyncLifetime
{
    private ObligationsWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _w = await ObligationsWorld.StartWithPeopleAsync(Provider);
        await _w.ActivateAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task SubmitAsync(string code, DateOnly due, DateOnly on, Actor actor, Guid? contract = null)
    {
        _w.SetToday(on);
        var id = (await _w.Services.QueryAsync<Guid>("SELECT id FROM obligations_occurrences WHERE contract_id = @Contract AND code = @Code AND due_date = @Due",
            new { Contract = contract ?? _w.Licence, Code = code, Due = due })).Single();
        var detail = await _w.Services.SendAsync(new GetOccurrence(id), actor);
        await _w.Services.SendAsync(new SubmitOccurrence(id, detail.Occurrence.Version, DeclarationId: code == "DECL-CA" ? Guid.CreateVersion7() : null), actor);
    }

    [DbFact]
    public async Task The_board_counts_on_time_late_and_overdue_per_affiliate_worst_first()
    {
        var second = Guid.CreateVersion7();
        await _w.PublishAsync(new LicenceActivated(_w.Snapshot(licence: second, structure: _w.Other), ObligationsWorld.Effective));
        var otherAdmin = NetworkFixture.Person("Roule Ma Poule", _w.Other, Roles.StructureAdmin);
        await SubmitAsync("ASSUR", D(2026, 12, 31), D(2026, 12, 20), otherAdmin, second);
        await SubmitAsync("DECL-CA", D(2027, 1, 15), D(2027, 1, 10), _w.StepAdmin);
        await SubmitAsync("DECL-CA", D(2027, 2, 15), D(2027, 2, 20), _w.StepAdmin);
        _w.SetToday(D(2027, 3, 20));
        await _w.Services.SendAsync(new RunObligationReminders());

        var board = await _w.Services.SendAsync(new GetComplianceBoard(_w.Network), _w.HeadStaff);
        Assert.Equal(["Roule Ma Poule 1/0/3 0,25", "STEP 1/1/2 0,25"], board.Items.Select(r => $"{r.StructureName} {r.OnTime}/{r.Late}/{r.Overdue} {r.Rate:0.##}"));
        var insurance = await _w.Services.SendAsync(new GetComplianceBoard(_w.Network, Category: "insurance"), _w.HeadStaff);
        Assert.Equal(["STEP 0/0/1 0", "Roule Ma Poule 1/0/0 1"], insurance.Items.Select(r => $"{r.StructureName} {r.OnTime}/{r.Late}/{r.Overdue} {r.Rate:0.##}"));
        Assert.Equal(0, (await _w.Services.SendAsync(new GetComplianceBoard(_w.Network, ContractKind: "affiliation"), _w.HeadStaff)).Total);

        await Assert.ThrowsAnyAsync<Exception>(() => _w.Services.SendAsync(new GetComplianceBoard(_w.Network), _w.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetComplianceBoard(_w.Network), _w.Outsider));
    }

    [DbFact]
    public async Task The_calendar_feed_parses_back_with_stable_uids_and_alarms_until_revoked()
    {
        var owner = (await _w.Services.SendAsync(new LoadActor(_w.StepUser)))!;
        var feed = await _w.Services.SendAsync(new CreateCalendarFeed(_w.Step), owner);
        var secret = feed.Path!.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);
        Assert.Empty(await _w.Services.QueryAsync<string>("SELECT id FROM obligations_calendar_feeds WHERE secret_hash = @Secret", new { Secret = secret }));

        var first = Calendar.Load(await _w.Services.SendAsync(new ReadCalendarFeed(secret)))!;
        var second = Calendar.Load(await _w.Services.SendAsync(new ReadCalendarFeed(secret)))!;
        Assert.Equal(12, first.Events.Count);
        Assert.Equal(first.Events.Select(e => e.Uid), second.Events.Select(e => e.Uid));
        var january = first.Events.Single(e => e.Summary!.StartsWith("Déclaration", StringComparison.Ordinal) && e.DtStart!.Month == 1);
        Assert.Equal((2027, 1, 15, false), (january.DtStart!.Year, january.DtStart.Month, january.DtStart.Day, january.DtStart.HasTime));
        Assert.Equal([-7, -1], january.Alarms.Select(a => a.Trigger!.Duration!.Value.Days).Order());
        Assert.Equal(first.Events.Count, first.Events.Select(e => e.Uid).Distinct().Count());

        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new ReadCalendarFeed(secret[..^1] + (secret[^1] == '0' ? "1" : "0"))));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new RevokeCalendarFeed(feed.Id), _w.StepAdmin));
        await _w.Services.SendAsync(new RevokeCalendarFeed(feed.Id), owner);
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new ReadCalendarFeed(secret)));
    }
}

public sealed class SqliteViewTests : ViewScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerViewTests : ViewScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
