using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using SwarmNet.Testing;

namespace SwarmNet.Host.Tests;

/// <summary>The real host, in-process, on a SQLite file of its own that is deleted afterwards.</summary>
public sealed class SwarmNetFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = TestDatabase.CreateSqlite();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings)
            builder.UseSetting(key, value);
        builder.UseSetting("Jobs:Workers", "1");
        builder.UseSetting("Demo:SeedOnFirstRun", "false");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PlatformActorStartupFilter>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
