using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SwarmNet.BuildingBlocks.Errors;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>
/// A command that finds the database locked by another process beyond the busy timeout runs again, a bounded number of
/// times, then fails as "busy" (503), never with SQLite's raw "database is locked" (a 500).
/// </summary>
public sealed class BusyDatabaseTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(_database,
        services =>
        {
            services.AddHandlersFrom(typeof(BusyDatabaseTests).Assembly);
            services.AddSingleton(new IntegrationEventAssembly(typeof(PingSent).Assembly));
        },
        new Dictionary<string, string?> { ["ConnectionStrings:SwarmNet"] = _database.ConnectionString + ";Default Timeout=1" });

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_command_meeting_a_lock_held_past_the_busy_timeout_is_retried_and_commits()
    {
        await using var other = await HoldWriteLockAsync();
        var sending = _services.SendAsync(new SendPing("patient"));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await other.DisposeAsync();

        await sending;
        Assert.Equal([1L], await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox"));
    }

    [Fact]
    public async Task A_lock_held_through_every_attempt_ends_as_busy_with_nothing_written()
    {
        await using var other = await HoldWriteLockAsync();
        var clock = Stopwatch.StartNew();

        var busy = await Assert.ThrowsAsync<ServiceBusyException>(() => _services.SendAsync(new SendPing("impatient")));

        Assert.IsType<SqliteException>(busy.InnerException);
        Assert.InRange(clock.Elapsed.TotalSeconds, 2.5, 10);
        await other.DisposeAsync();
        Assert.Equal([0L], await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox"));
    }

    /// <summary>Another process's writer: its own connection, holding SQLite's write lock until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO platform_inbox (event_id, handler, processed_at) VALUES ('x', 'y', 'z');";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
