using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Migrations;

namespace SwarmNet.Testing;

/// <summary>The platform and the modules under test in a plain service provider on a migrated test database.</summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private readonly string _documents;

    private TestServices(ServiceProvider provider, ManualClock clock, string documents)
    {
        _provider = provider;
        Clock = clock;
        _documents = documents;
    }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _provider;

    /// <param name="settings">Configuration over the database's own (e.g. a shorter busy timeout).</param>
    public static async Task<TestServices> StartAsync(
        TestDatabase database, Action<IServiceCollection> addModules, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSwarmNetPlatform();
        // Uploaded files go to a folder of the test's own, removed on dispose (a module's own registration then does nothing).
        var documents = Path.Combine(Path.GetTempPath(), "swarmnet-tests", "documents-" + Guid.NewGuid().ToString("N"));
        services.AddSingleton(new DocumentStore(documents));
        addModules(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<MigrationRunner>().MigrateAsync();
        return new TestServices(provider, clock, documents);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request, Actor? actor = null)
    {
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = actor ?? Actor.System;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads the database directly, to check what a command left behind.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbSession>().QueryAsync<T>(sql, param);
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }
}
