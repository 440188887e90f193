using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Reminders;
using SwarmNet.Testing;
using Xunit;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>
/// The daily reminder job: each reminder and escalation is notified once per occurrence and offset — run twice, after a
/// fault midway, or twice at once — and a missed day is caught up. DECL-CA for December 2026 is due 15 January 2027
/// (reminders 8 and 14 January, escalation 25 January).
/// </summary>
public abstract class ReminderScenarios : IAsyncLifetime
{
    private readonly FaultyNotify _fault = new();
    private ObligationsWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _w = await ObligationsWorld.StartWithPeopleAsync(Provider, s => s.AddSingleton(_fault).AddScoped<IPipelineBehavior<Notify, int>, FaultyNotifyBehaviour>());
        await _w.ActivateAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private Task RunAsync() => _w.Services.SendAsync(new RunObligationReminders());

    private async Task<List<string>> NotifiedAsync() => (await _w.Services.QueryAsync<string>("""
        SELECT u.email || ' ' || n.subject FROM network_notifications n JOIN network_users u ON u.id = n.user_id ORDER BY u.email, n.created_at
        """)).ToList();

    private async Task<long> QueuedMailAsync() => (await _w.Services.QueryAsync<long>("SELECT COUNT(*) FROM platform_mail")).Single();

    [DbFact]
    public async Task A_reminder_is_sent_once_even_when_the_job_runs_twice()
    {
        _w.SetToday(D(2027, 1, 8));
        await RunAsync();
        await RunAsync();
        Assert.Equal(["membre@step.invalid Relance : « Déclaration mensuelle du chiffre d'affaires » à rendre le 15/01/2027",
                      "referente@step.invalid Relance : « Déclaration mensuelle du chiffre d'affaires » à rendre le 15/01/2027"], await NotifiedAsync());
        Assert.Equal(2, await QueuedMailAsync());
        Assert.Equal(OccurrenceStates.Due, (await _w.OccurrenceAsync("DECL-CA", D(2027, 1, 15))).State);
    }

    [DbFact]
    public async Task A_fault_midway_rolls_everything_back_and_the_next_run_sends_once()
    {
        _w.SetToday(D(2027, 1, 8));
        _fault.FailuresLeft = 1;
        await Assert.ThrowsAsync<TimeoutException>(RunAsync);
        Assert.Empty(await NotifiedAsync());
        Assert.Equal(0, (await _w.Services.QueryAsync<long>("SELECT COUNT(*) FROM obligations_reminders WHERE sent_at IS NOT NULL")).Single());
        await RunAsync();
        Assert.Equal(2, (await NotifiedAsync()).Count);
    }

    [DbFact]
    public async Task Two_runs_at_once_send_once()
    {
        _w.SetToday(D(2027, 1, 8));
        await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());
        Assert.Equal(2, (await NotifiedAsync()).Count);
        Assert.Equal(2, await QueuedMailAsync());
    }

    [DbFact]
    public async Task A_missed_day_is_caught_up_and_escalations_reach_the_network_head_in_each_reader_s_language()
    {
        _w.SetToday(D(2027, 1, 9));
        await RunAsync();
        Assert.Equal(2, (await NotifiedAsync()).Count);

        _w.SetToday(D(2027, 1, 26));
        await RunAsync();
        var notified = await NotifiedAsync();
        Assert.Contains("admin@triporteurs.invalid Alerte : « Déclaration mensuelle du chiffre d'affaires » en retard (Les Triporteurs)", notified);
        Assert.Contains("staff@triporteurs.invalid Alert: 'Déclaration mensuelle du chiffre d'affaires' overdue (Les Triporteurs)", notified);
        Assert.Equal(OccurrenceStates.Overdue, (await _w.OccurrenceAsync("DECL-CA", D(2027, 1, 15))).State);
        var history = await _w.Services.QueryAsync<string>("""
            SELECT h.to_state FROM obligations_history h JOIN obligations_occurrences o ON o.id = h.occurrence_id
            WHERE o.code = 'DECL-CA' AND o.due_date = @Due ORDER BY h.id
            """, new { Due = D(2027, 1, 15) });
        Assert.Equal([OccurrenceStates.Upcoming, OccurrenceStates.Due, OccurrenceStates.Overdue], history);
    }

    [DbFact]
    public async Task Nothing_is_sent_for_an_occurrence_already_handed_in()
    {
        var occurrence = await _w.OccurrenceAsync("DECL-CA", D(2027, 1, 15));
        await _w.Services.SendAsync(new SubmitOccurrence(occurrence.Id, occurrence.Version, DeclarationId: Guid.CreateVersion7()), _w.StepAdmin);
        _w.SetToday(D(2027, 1, 26));
        await RunAsync();
        Assert.DoesNotContain(await NotifiedAsync(), n => n.Contains("Déclaration", StringComparison.Ordinal));
        Assert.Equal(3L, (await _w.Services.QueryAsync<long>("SELECT COUNT(*) FROM obligations_reminders WHERE outcome = 'skipped'")).Single());
    }

    internal sealed class FaultyNotify
    {
        public int FailuresLeft { get; set; }
    }

    /// <summary>Throws inside the job's transaction, after the reminders were marked: the fault lands midway.</summary>
    private sealed class FaultyNotifyBehaviour(FaultyNotify fault) : IPipelineBehavior<Notify, int>
    {
        public Task<int> Handle(Notify request, CancellationToken cancellationToken, RequestHandlerDelegate<int> next) =>
            fault.FailuresLeft-- > 0 ? throw new TimeoutException("Injected fault") : next();
    }
}

public sealed class SqliteReminderTests : ReminderScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerReminderTests : ReminderScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
