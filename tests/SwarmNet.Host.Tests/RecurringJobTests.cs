using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.Host.Jobs;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class RecurringJobTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();

    public Task InitializeAsync()
    {
        _ = _factory.Server; // starts the host: migrations, then the scheduler registers the jobs
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>
    /// Named here rather than read from the declarations: a job whose declaration is removed would vanish from both
    /// sides of a declared-versus-scheduled comparison. A module adding a job adds its line.
    /// </summary>
    [Theory]
    [InlineData("platform.purge-outbox", "30 3 * * *")]
    [InlineData("licences.daily-lifecycle", "15 2 * * *")]
    public void The_daily_jobs_are_scheduled_in_hangfire_in_utc(string id, string cron)
    {
        using var connection = _factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == id);
        Assert.Equal((cron, "UTC"), (job.Cron, job.TimeZoneId));
        Assert.Equal(nameof(RecurringJobRunner.RunAsync), job.Job.Method.Name);
        Assert.Equal(id, job.Job.Args[0]);
    }

    [Fact]
    public void Every_declared_job_is_scheduled()
    {
        using var connection = _factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var declared = _factory.Services.GetRequiredService<IEnumerable<RecurringJobDefinition>>().Select(j => j.Id).Order();
        Assert.Equal(declared, connection.GetRecurringJobs().Select(j => j.Id).Order());
    }

    [Fact]
    public async Task The_runner_sends_the_declared_command()
    {
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(_factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO platform_outbox (id, event_name, payload, occurred_at, attempts, next_attempt_at, dispatched_at)
                VALUES ('0190a000-0000-7000-8000-000000000001', 'old.v1', '{}', '2020-01-01T00:00:00.0000000Z', 0, '2020-01-01T00:00:00.0000000Z', '2020-01-01T00:00:00.0000000Z'),
                       ('0190a000-0000-7000-8000-000000000002', 'pending.v1', '{}', '2020-01-01T00:00:00.0000000Z', 0, '2999-01-01T00:00:00.0000000Z', NULL)
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await _factory.Services.GetRequiredService<RecurringJobRunner>().RunAsync("platform.purge-outbox", CancellationToken.None);

        await using var check = new Microsoft.Data.Sqlite.SqliteConnection(_factory.Database.ConnectionString);
        await check.OpenAsync();
        await using var names = check.CreateCommand();
        names.CommandText = "SELECT group_concat(event_name) FROM platform_outbox";
        Assert.Equal("pending.v1", await names.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_undeclared_job_id_fails_loudly() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _factory.Services.GetRequiredService<RecurringJobRunner>().RunAsync("nope", CancellationToken.None));
}
