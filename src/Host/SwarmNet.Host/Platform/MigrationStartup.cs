using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Host.Access;

namespace SwarmNet.Host.Platform;

/// <summary>
/// Migrates before anything serves or runs (a changed applied script stops start-up with a clear message), and
/// loads the demo data when this start created the database, unless <c>Demo:SeedOnFirstRun</c> is false.
/// </summary>
internal sealed partial class MigrationStartup(MigrationRunner runner, IServiceProvider services, IConfiguration configuration, ILogger<MigrationStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var applied = await runner.MigrateAsync(cancellationToken);
        var createdNow = applied.Contains("platform/0001_platform_outbox.sql");
        if (createdNow && configuration.GetValue("Demo:SeedOnFirstRun", true))
        {
            LogSeeding(logger);
            await DemoSeeding.SeedAndLogAsync(services, logger, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "New database: loading the demo data (Demo:SeedOnFirstRun=false to skip)")]
    private static partial void LogSeeding(ILogger logger);
}
