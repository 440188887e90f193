using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Testing;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>
/// Les Triporteurs and STEP (the shared <see cref="NetworkFixture"/>) with an accountant on each network head, and the
/// Royalties module on a database of its own. Agreements arrive as the Licences module announces them: a
/// <see cref="LicenceActivated"/> event handed to the module's handlers. The clock starts on 23 November 2026.
/// </summary>
internal sealed class RoyaltyWorld : IAsyncDisposable
{
    private RoyaltyWorld(TestDatabase database, TestServices services, NetworkFixture f)
    {
        Database = database;
        Services = services;
        F = f;
        Accountant = NetworkFixture.Person("Comptable Les Triporteurs", f.Head.Id, Roles.Accountant);
        OtherAccountant = NetworkFixture.Person("Comptable Ailleurs", f.Outsider.Id, Roles.Accountant);
    }

    public TestDatabase Database { get; }
    public TestServices Services { get; }
    public NetworkFixture F { get; }
    public Actor Accountant { get; }
    public Actor OtherAccountant { get; }
    public Actor Step => F.StepAdmin;

    public static readonly SwornStatement Sworn = new("Awa Diallo", new DateOnly(2026, 11, 20), true, null);

    public static async Task<RoyaltyWorld> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = await TestServices.StartAsync(database, s =>
        {
            s.AddNetworkModule().AddRoyaltiesModule();
            configure?.Invoke(s);
        });
        return new RoyaltyWorld(database, services, await NetworkFixture.CreateAsync(services));
    }

    /// <summary>STEP's licence with these terms, activated on their effective date; returns the agreement (= licence) id.</summary>
    public Task<Guid> AgreementAsync(RoyaltyTerms terms, Guid? structure = null, Guid? grantor = null) =>
        DeliverAsync(new LicenceActivated(Snapshot(Guid.CreateVersion7(), terms, structure ?? F.Step.Id, grantor ?? F.Head.Id), terms.EffectiveDate!.Value));

    public static LicenceSnapshot Snapshot(Guid id, RoyaltyTerms terms, Guid structure, Guid grantor) => new(
        id, grantor, structure, null, null, "Les Triporteurs", terms.EffectiveDate!.Value, terms.EndDate,
        JsonSerializer.SerializeToElement(terms, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        JsonDocument.Parse("""[{"code":"DECL-CA","evidence":"declaration","schedule":{"kind":"afterPeriodEnd","days":15}}]""").RootElement);

    /// <summary>Hands an event to every Royalties handler of its type, in one transaction, as the outbox dispatcher does.</summary>
    public async Task<Guid> DeliverAsync<TEvent>(TEvent integrationEvent) where TEvent : IIntegrationEvent
    {
        await using var scope = Services.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(default);
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
            await handler.HandleAsync(integrationEvent, new IntegrationEventContext(Guid.CreateVersion7(), Services.Clock.GetUtcNow()), default);
        await session.CommitAsync(default);
        return integrationEvent is LicenceActivated activated ? activated.Licence.LicenceId : Guid.Empty;
    }

    public Task<DeclarationDto> DeclareAsync(Guid agreement, string start, decimal revenue, string category = "livraison") =>
        Services.SendAsync(new DeclareRevenue(agreement, Build.D(start), new Dictionary<string, decimal> { [category] = revenue }, false, Sworn), Step);

    /// <summary>The statements of an agreement as the accountant's queue lists them, earliest period first.</summary>
    public async Task<IReadOnlyList<StatementSummaryDto>> StatementsAsync(Guid agreement, string? kind = "period") =>
        (await Services.SendAsync(new ListStatements(AgreementId: agreement, Kind: kind, Sort: "periodStart", PageSize: 100), Accountant)).Items;

    /// <summary>Draft → in review → approved, as the network head's accountant.</summary>
    public async Task<StatementDto> ApproveAsync(Guid statement, Actor? accountant = null)
    {
        var current = await Services.SendAsync(new GetStatement(statement), accountant ?? Accountant);
        var submitted = await Services.SendAsync(new SubmitStatement(statement, current.Summary.Version), accountant ?? Accountant);
        return await Services.SendAsync(new ApproveStatement(statement, submitted.Summary.Version), accountant ?? Accountant);
    }

    public async Task<StatementDto> IssueAsync(Guid statement, Actor? accountant = null)
    {
        var approved = await ApproveAsync(statement, accountant);
        return await Services.SendAsync(new IssueStatement(statement, approved.Summary.Version), accountant ?? Accountant);
    }

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null) => Services.QueryAsync<T>(sql, param);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
