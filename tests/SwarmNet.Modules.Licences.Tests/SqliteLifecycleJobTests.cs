using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Running;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>
/// The lifecycle job against another host and beyond one page. SQLite serialises writers, so the other host is played
/// by a trigger that writes between this run's read of the due licences and its own updates: the interleaving a
/// second host produces on SQL Server, made deterministic.
/// </summary>
public sealed class SqliteLifecycleJobTests : LifecycleJobScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task A_run_racing_another_host_leaves_alone_the_licences_that_host_changed_after_the_read()
    {
        // Read in id order: the first licence's activation is when "the other host" writes to the two others.
        var first = await SignedAsync(F.Step.Id, Running(new DateOnly(2026, 12, 1), new DateOnly(2029, 11, 30), tacitRenewal: true, "64445"));
        var expiring = await SignedAsync(F.Other.Id, Running(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), tacitRenewal: false, "69387"));
        var renewing = await SignedAsync(F.Other.Id, Running(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), tacitRenewal: true, "33063"));
        Assert.Equal((ContractStatus.Signed, ContractStatus.Active, ContractStatus.Active), (first.Status, expiring.Status, renewing.Status));
        await Services.QueryAsync<int>($"""
            CREATE TRIGGER other_host AFTER UPDATE OF status ON licences_licences
            WHEN NEW.id = '{first.Id}' AND NEW.status = 'Active'
            BEGIN
                UPDATE licences_licences SET status = 'Terminated', ended_on = '2027-01-04', version = version + 1 WHERE id = '{expiring.Id}';
                UPDATE licences_licences SET end_date = '2027-12-31', version = version + 1 WHERE id = '{renewing.Id}';
            END
            """);

        var eventsBefore = await EventsOfEachAsync(expiring.Id, renewing.Id); // their activations at signing

        Services.Clock.Set(new DateTimeOffset(2027, 1, 5, 2, 15, 0, TimeSpan.Zero));
        await RunDeclaredJobAsync();

        Assert.Equal(ContractStatus.Active, (await ReadAsync(first.Id)).Status);
        var terminated = await ReadAsync(expiring.Id);
        Assert.Equal((ContractStatus.Terminated, new DateOnly(2027, 1, 4)), (terminated.Status, terminated.EndedOn!.Value));
        Assert.DoesNotContain(terminated.History, h => h.Action == "expired");

        var renewed = await ReadAsync(renewing.Id);
        Assert.Equal(new DateOnly(2027, 12, 31), renewed.Content.Term!.EndDate);
        Assert.DoesNotContain(renewed.History, h => h.Action == "renewed");
        Assert.Equal(eventsBefore, await EventsOfEachAsync(expiring.Id, renewing.Id));
    }

    private async Task<List<string>> EventsOfEachAsync(params Guid[] ids)
    {
        var events = new List<string>();
        foreach (var id in ids)
            events.AddRange((await EventsOfAsync(id)).Select(e => $"{id} {e}"));
        return events;
    }

    [Fact]
    public async Task Due_licences_beyond_one_page_are_all_activated_in_one_run()
    {
        var signed = await SignedAsync(F.Step.Id, Running(new DateOnly(2026, 12, 1), new DateOnly(2029, 11, 30), tacitRenewal: true, "64445")
            with { Exclusive = false });
        var copies = RunContractLifecycle<LicenceKind>.BatchSize * 2 + 7;
        var columns = string.Join(", ", await Services.QueryAsync<string>("SELECT name FROM pragma_table_info('licences_licences') WHERE name <> 'id'"));
        await Services.QueryAsync<int>($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {copies})
            INSERT INTO licences_licences (id, {columns})
            SELECT substr(l.id, 1, 24) || printf('%012x', n.i), {columns} FROM licences_licences l, n WHERE l.id = '{signed.Id}'
            """);

        Services.Clock.Set(new DateTimeOffset(2026, 12, 1, 2, 15, 0, TimeSpan.Zero));
        await RunDeclaredJobAsync();

        Assert.Equal([("Active", copies + 1L)], await Services.QueryAsync<(string, long)>("SELECT status, COUNT(*) FROM licences_licences GROUP BY status"));
        Assert.Equal(copies + 1L, Assert.Single(await Services.QueryAsync<long>("SELECT COUNT(*) FROM licences_history WHERE action = 'activated'")));
    }
}
