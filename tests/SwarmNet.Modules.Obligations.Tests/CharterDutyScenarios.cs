using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Reminders;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>
/// A network's charter, heard from Affiliations: each version pushed to an agreement is a one-off duty (obligation-terms.md)
/// dated, reminded and made overdue like any other, left alone by an amendment, fulfilled by the affiliate's acknowledgement.
/// </summary>
public abstract class CharterDutyScenarios : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2026, 12, 8);
    private ObligationsWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _w = await ObligationsWorld.StartWithPeopleAsync(Provider);
        await _w.PublishAsync(new AffiliationActivated(Snapshot(), ObligationsWorld.Effective));
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private AffiliationSnapshot Snapshot(Guid? agreement = null) => new(agreement ?? _w.Licence, _w.Head, _w.Step, _w.Network, null, "Les Triporteurs", ObligationsWorld.Effective, null, null,
        JsonDocument.Parse(ObligationsWorld.Terms).RootElement);

    private static JsonElement Duty(int number, DateOnly due) => JsonDocument.Parse($$"""
        { "code": "CHARTE-V{{number}}", "title": "Prise de connaissance de la charte, version {{number}}", "category": "compliance", "actor": "grantee",
          "evidence": "none", "schedule": { "kind": "once", "date": "{{due:yyyy-MM-dd}}" }, "reminders": [7, 1], "escalateAfterDays": 7 }
        """).RootElement;

    private async Task<ObligationsWorld.Row?> CharterAsync() => (await _w.OccurrencesAsync()).SingleOrDefault(o => o.Code == "CHARTE-V2");

    [DbFact]
    public async Task A_pushed_version_is_one_dated_duty_per_agreement_once_even_heard_twice()
    {
        var request = new CharterAcknowledgementsRequested(_w.Network, 2, Due, Duty(2, Due), [_w.Licence]);
        await _w.PublishAsync(request);
        await _w.PublishAsync(request with { });

        var duty = await CharterAsync();
        Assert.Equal((Due, OccurrenceStates.Due), (duty!.Due, duty.State));
        Assert.Equal(["affiliations.charter"], await _w.Services.QueryAsync<string>("SELECT origin FROM obligations_occurrences WHERE code = 'CHARTE-V2'"));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 15)], await _w.Services.QueryAsync<DateOnly>(
            "SELECT r.remind_on FROM obligations_reminders r JOIN obligations_occurrences o ON o.id = r.occurrence_id WHERE o.code = 'CHARTE-V2' ORDER BY r.remind_on"));
    }

    [DbFact]
    public async Task A_push_heard_before_the_agreements_activation_waits_for_it()
    {
        var joining = Guid.CreateVersion7();
        // Both are written in one transaction at the same instant: nothing says which is delivered first.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _w.PublishAsync(new CharterAcknowledgementsRequested(_w.Network, 2, Due, Duty(2, Due), [joining])));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _w.PublishAsync(new AffiliationActivated(Snapshot(joining), ObligationsWorld.Effective)));
        _w.Services.Clock.Advance(TimeSpan.FromMinutes(5)); // the retry's time
        await _w.DeliverAsync();

        Assert.Equal([Due], await _w.Services.QueryAsync<DateOnly>("SELECT due_date FROM obligations_occurrences WHERE contract_id = @Id AND code = 'CHARTE-V2'",
            new { Id = joining }));
    }

    [DbFact]
    public async Task An_amendment_leaves_the_duty_unacknowledged_it_falls_overdue_and_the_acknowledgement_fulfils_it()
    {
        await _w.PublishAsync(new CharterAcknowledgementsRequested(_w.Network, 2, Due, Duty(2, Due), [_w.Licence]));
        await _w.PublishAsync(new AffiliationAmended(Snapshot(), 1, new DateOnly(2026, 12, 1), "Délai porté à 20 jours", null,
            JsonDocument.Parse(ObligationsWorld.Terms.Replace("\"days\": 15", "\"days\": 20", StringComparison.Ordinal)).RootElement));
        Assert.Equal(OccurrenceStates.Due, (await CharterAsync())!.State); // open at once: due in less than a month

        _w.SetToday(new DateOnly(2026, 12, 9));
        await _w.Services.SendAsync(new RunObligationReminders());
        Assert.Equal(OccurrenceStates.Overdue, (await CharterAsync())!.State);

        await _w.PublishAsync(new CharterAcknowledged(_w.Licence, 2, "CHARTE-V2", new DateOnly(2026, 12, 10), "Référente STEP"));
        Assert.Equal(OccurrenceStates.Accepted, (await CharterAsync())!.State);
        Assert.Equal([("2026-12-10", "Référente STEP")], (await _w.Services.QueryAsync<(string, string)>("""
            SELECT o.submitted_on, h.actor_name FROM obligations_occurrences o JOIN obligations_history h ON h.occurrence_id = o.id
            WHERE o.code = 'CHARTE-V2' AND h.to_state = 'Accepted'
            """)).Select(r => (r.Item1[..10], r.Item2)));
    }
}

public sealed class SqliteCharterDutyTests : CharterDutyScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerCharterDutyTests : CharterDutyScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
