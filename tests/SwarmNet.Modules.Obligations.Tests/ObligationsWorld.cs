using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>
/// The Obligations module on a test database, hearing licence events through the real outbox: a network head, STEP with
/// one licence effective 1 December 2026 for three years, and a person of each side. The clock starts on 23 November 2026.
/// </summary>
internal sealed class ObligationsWorld : IAsyncDisposable
{
    public static readonly DateOnly Effective = new(2026, 12, 1);
    public static readonly DateOnly End = new(2029, 11, 30);

    public const string Terms = """
        [ { "code": "DECL-CA", "title": "Déclaration mensuelle du chiffre d'affaires", "category": "reporting", "actor": "grantee",
            "evidence": "declaration", "schedule": { "kind": "afterPeriodEnd", "days": 15 }, "reminders": [7, 1], "escalateAfterDays": 10 },
          { "code": "RAPPORT", "title": "Rapport annuel d'activité", "category": "reporting", "actor": "grantee", "evidence": "file",
            "schedule": { "kind": "annually", "anniversary": true }, "reminders": [30] },
          { "code": "ASSUR", "title": "Attestation d'assurance", "category": "insurance", "actor": "grantee", "evidence": "none",
            "schedule": { "kind": "once", "daysAfterEffective": 30 } } ]
        """;

    private readonly TestDatabase _database;
    private readonly string _documents;

    private ObligationsWorld(TestDatabase database, TestServices services, string documents)
    {
        _database = database;
        Services = services;
        _documents = documents;
    }

    public TestServices Services { get; }
    public Guid Head { get; private set; } = Guid.CreateVersion7();
    public Guid Step { get; private set; } = Guid.CreateVersion7();
    public Guid Network { get; private set; } = Guid.CreateVersion7();
    public Guid Other { get; private set; } = Guid.CreateVersion7();
    public Guid StepUser { get; private set; }
    public Guid Licence { get; } = Guid.CreateVersion7();
    public Actor HeadAdmin => NetworkFixture.Person("Admin Les Triporteurs", Head, Roles.NetworkAdmin);
    public Actor HeadStaff => NetworkFixture.Person("Chargée de réseau", Head, Roles.NetworkStaff);
    public Actor StepAdmin => NetworkFixture.Person("Référente STEP", Step, Roles.StructureAdmin);
    public Actor Outsider => NetworkFixture.Person("Ailleurs", Guid.CreateVersion7(), Roles.NetworkAdmin);

    public static async Task<ObligationsWorld> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? more = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var documents = Path.Combine(Path.GetTempPath(), "swarmnet-tests", "obligations-" + Guid.NewGuid().ToString("N"));
        var services = await TestServices.StartAsync(database, s =>
        {
            s.AddSingleton(new DocumentStore(documents)).AddObligationsModule();
            more?.Invoke(s);
        });
        return new ObligationsWorld(database, services, documents);
    }

    /// <summary>With the Network module: real organisations, and people who receive notifications (the second head admin reads English).</summary>
    public static async Task<ObligationsWorld> StartWithPeopleAsync(DatabaseProvider provider, Action<IServiceCollection>? more = null)
    {
        var world = await StartAsync(provider, s =>
        {
            s.AddNetworkModule();
            more?.Invoke(s);
        });
        var f = await NetworkFixture.CreateAsync(world.Services);
        (world.Head, world.Step, world.Network, world.Other) = (f.Head.Id, f.Step.Id, f.Network.Id, f.Other.Id);
        world.StepUser = await world.PersonAsync("referente@step.invalid", f.Step.Id, Roles.StructureAdmin);
        await world.PersonAsync("membre@step.invalid", f.Step.Id, Roles.StructureMember);
        await world.PersonAsync("admin@triporteurs.invalid", f.Head.Id, Roles.NetworkAdmin);
        var english = await world.PersonAsync("staff@triporteurs.invalid", f.Head.Id, Roles.NetworkStaff);
        await using (var scope = world.Services.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteAsync("UPDATE network_users SET language = 'en' WHERE id = @Id", new { Id = english });
        return world;
    }

    private Task<Guid> PersonAsync(string email, Guid organization, string role) =>
        Services.SendAsync(new ProvisionUser(email, email.Split('@')[0], AccessHttp.Password, false, [new ActorMembership(organization, role)]));

    public LicenceSnapshot Snapshot(string terms = Terms, DateOnly? end = null, Guid? licence = null, Guid? structure = null) =>
        new(licence ?? Licence, Head, structure ?? Step, Network, null, "Les Triporteurs",
        Effective, end ?? End, JsonDocument.Parse("""{ "periodicity": "monthly", "royaltyYear": "contract" }""").RootElement,
        JsonDocument.Parse(terms).RootElement);

    /// <summary>Writes the event to the outbox in a transaction, as its module would, then delivers everything pending.</summary>
    public async Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : IIntegrationEvent
    {
        await using (var scope = Services.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            await session.BeginAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Outbox>().PublishAsync(integrationEvent, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }
        await DeliverAsync();
    }

    public async Task DeliverAsync()
    {
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }
        var failed = await Services.QueryAsync<string>("SELECT last_error FROM platform_outbox WHERE dispatched_at IS NULL");
        if (failed.Count > 0)
            throw new InvalidOperationException("Undelivered: " + string.Join("; ", failed));
    }

    public Task ActivateAsync() => PublishAsync(new LicenceActivated(Snapshot(), Effective));

    public async Task<List<Row>> OccurrencesAsync() =>
        (await Services.QueryAsync<Row>("""
            SELECT id AS Id, code AS Code, due_date AS Due, state AS State, version AS Version FROM obligations_occurrences
            WHERE contract_id = @Licence ORDER BY due_date, code
            """, new { Licence })).ToList();

    public async Task<Row> OccurrenceAsync(string code, DateOnly due) => (await OccurrencesAsync()).Single(o => o.Code == code && o.Due == due);

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public DateOnly Due { get; init; }
        public string State { get; init; } = "";
        public int Version { get; init; }

        public override string ToString() => $"{Code} {Due:yyyy-MM-dd} {State}";
    }

    public void SetToday(DateOnly day) => Services.Clock.Advance(day.ToDateTime(new TimeOnly(9, 0)) - Services.Clock.GetUtcNow().UtcDateTime);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }
}
