using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Generation;
using SwarmNet.Modules.Obligations.Schedule;
using SwarmNet.Testing;
using Xunit;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>Occurrences from the licence's events: generation over the horizon, idempotence, suspension, termination, amendment.</summary>
public abstract class GenerationScenarios : IAsyncLifetime
{
    private ObligationsWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _w = await ObligationsWorld.StartAsync(Provider);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [DbFact]
    public async Task Activation_generates_twelve_months_as_the_schedule_says_and_generating_again_creates_nothing()
    {
        await _w.ActivateAsync();
        var occurrences = await _w.OccurrencesAsync();
        var expected = ObligationCalendar.Between(TermsJson.Obligations(ObligationsWorld.Terms), new ContractCover(ObligationsWorld.Effective, ObligationsWorld.End),
            new RoyaltyGrid(1, false), ObligationsWorld.Effective, D(2027, 11, 23));
        Assert.Equal(expected.Select(e => $"{e.Code} {e.DueDate:yyyy-MM-dd}"), occurrences.Select(o => $"{o.Code} {o.Due:yyyy-MM-dd}"));
        Assert.Equal(12, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(OccurrenceStates.Upcoming, o.State));

        await _w.ActivateAsync();
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        Assert.Equal(12, (await _w.OccurrencesAsync()).Count);
        var reminders = await _w.Services.QueryAsync<long>("SELECT COUNT(*) FROM obligations_reminders");
        Assert.Equal(11 * 3L, reminders.Single());
    }

    [DbFact]
    public async Task The_daily_job_extends_the_horizon_and_catches_up_missed_days()
    {
        await _w.ActivateAsync();
        _w.SetToday(D(2027, 1, 20));
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        var occurrences = await _w.OccurrencesAsync();
        Assert.Contains(occurrences, o => o.Code == "RAPPORT" && o.Due == D(2027, 12, 1));
        Assert.Contains(occurrences, o => o.Code == "DECL-CA" && o.Due == D(2027, 12, 15));
        Assert.DoesNotContain(occurrences, o => o.Due > D(2028, 1, 20));
        Assert.Equal(occurrences.Count, occurrences.Select(o => (o.Code, o.Due)).Distinct().Count());
    }

    [DbFact]
    public async Task No_occurrence_falls_due_inside_a_suspension_and_those_created_before_stay()
    {
        await _w.ActivateAsync();
        _w.SetToday(D(2027, 2, 1));
        await _w.PublishAsync(new LicenceSuspended(_w.Snapshot(), D(2027, 2, 1), "Redevances impayées"));
        _w.SetToday(D(2028, 1, 10));
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        Assert.DoesNotContain(await _w.OccurrencesAsync(), o => o.Due > D(2027, 11, 23));
        await _w.PublishAsync(new LicenceResumed(_w.Snapshot(), D(2028, 1, 10)));

        var occurrences = await _w.OccurrencesAsync();
        Assert.Contains(occurrences, o => o.Code == "DECL-CA" && o.Due == D(2027, 3, 15));
        Assert.DoesNotContain(occurrences, o => o.Due > D(2027, 11, 23) && o.Due < D(2028, 1, 10));
        Assert.Contains(occurrences, o => o.Code == "DECL-CA" && o.Due == D(2028, 1, 15));
        Assert.Contains(occurrences, o => o.Code == "RAPPORT" && o.Due == D(2028, 12, 1));
    }

    [DbFact]
    public async Task Termination_cancels_what_falls_due_after_except_the_period_it_cuts()
    {
        await _w.ActivateAsync();
        await _w.PublishAsync(new LicenceTerminated(_w.Snapshot(), D(2027, 3, 10), "Non-paiement", "Admin"));
        var occurrences = await _w.OccurrencesAsync();
        Assert.Equal(OccurrenceStates.Upcoming, occurrences.Single(o => o.Due == D(2027, 4, 15)).State);
        Assert.All(occurrences.Where(o => o.Due > D(2027, 4, 15)), o => Assert.Equal(OccurrenceStates.Cancelled, o.State));
        Assert.Equal(OccurrenceStates.Upcoming, occurrences.Single(o => o.Code == "ASSUR").State);
        _w.SetToday(D(2027, 6, 1));
        await _w.Services.SendAsync(new ExtendObligationHorizon());
        Assert.Equal(occurrences.Count, (await _w.OccurrencesAsync()).Count);
    }

    [DbFact]
    public async Task An_amendment_replaces_open_occurrences_from_its_date_and_keeps_submitted_ones()
    {
        await _w.ActivateAsync();
        var june = await _w.OccurrenceAsync("DECL-CA", D(2027, 6, 15));
        await _w.Services.SendAsync(new SubmitOccurrence(june.Id, june.Version, DeclarationId: Guid.CreateVersion7()), _w.StepAdmin);
        var amended = ObligationsWorld.Terms.Replace("\"days\": 15", "\"days\": 20", StringComparison.Ordinal);
        await _w.PublishAsync(new LicenceAmended(_w.Snapshot(), 1, D(2027, 6, 1), "Délai porté à 20 jours", null,
            System.Text.Json.JsonDocument.Parse(amended).RootElement));

        var occurrences = await _w.OccurrencesAsync();
        Assert.Equal(OccurrenceStates.Upcoming, occurrences.Single(o => o.Due == D(2027, 5, 15)).State);
        Assert.Equal(OccurrenceStates.Submitted, occurrences.Single(o => o.Due == D(2027, 6, 15)).State);
        Assert.Equal(OccurrenceStates.Cancelled, occurrences.Single(o => o.Due == D(2027, 7, 15)).State);
        Assert.Equal(OccurrenceStates.Upcoming, occurrences.Single(o => o.Due == D(2027, 7, 20)).State);
        Assert.DoesNotContain(occurrences, o => o.Due == D(2027, 6, 20));
    }
}

public sealed class SqliteGenerationTests : GenerationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerGenerationTests : GenerationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
