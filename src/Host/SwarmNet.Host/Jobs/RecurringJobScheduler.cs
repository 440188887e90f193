using Hangfire;
using SwarmNet.BuildingBlocks.Jobs;

namespace SwarmNet.Host.Jobs;

/// <summary>Registers (or updates) every declared recurring job with Hangfire at start-up, in UTC.</summary>
internal sealed class RecurringJobScheduler(IRecurringJobManager manager, IEnumerable<RecurringJobDefinition> jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            var id = job.Id;
            manager.AddOrUpdate<RecurringJobRunner>(id, runner => runner.RunAsync(id, CancellationToken.None), job.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
