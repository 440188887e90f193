using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class MigrationRunnerTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private readonly List<MigrationScript> _scripts =
    [
        new("demo", "0001_first.sql", "CREATE TABLE demo_things (id TEXT NOT NULL PRIMARY KEY);"),
        new("demo", "0002_second.sql", "ALTER TABLE demo_things ADD COLUMN name TEXT NULL;"),
    ];
    private TestServices _services = null!;

    public async Task InitializeAsync() =>
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton(new MigrationSource("demo", _ => _scripts.ToList())));

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Applies_every_script_once_and_records_its_checksum()
    {
        var runner = _services.Get<MigrationRunner>();
        Assert.Empty(await runner.MigrateAsync());
        Assert.True((await runner.StatusAsync()).IsCurrent);

        var journal = await _services.QueryAsync<(string Module, string Script, string Checksum)>(
            "SELECT module, script, checksum FROM platform_migrations WHERE module = 'demo' ORDER BY script");
        Assert.Equal(["0001_first.sql", "0002_second.sql"], journal.Select(j => j.Script));
        Assert.Equal(_scripts[0].Checksum, journal[0].Checksum);
        Assert.Equal(64, journal[0].Checksum.Length);
    }

    [Fact]
    public async Task A_new_script_is_pending_until_applied()
    {
        var runner = _services.Get<MigrationRunner>();
        _scripts.Add(new("demo", "0003_third.sql", "CREATE INDEX ix_demo_things_name ON demo_things (name);"));
        Assert.Equal(["demo/0003_third.sql"], (await runner.StatusAsync()).Pending);
        Assert.Equal(["demo/0003_third.sql"], await runner.MigrateAsync());
        Assert.True((await runner.StatusAsync()).IsCurrent);
    }

    [Fact]
    public async Task An_edited_applied_script_stops_migration_with_its_name()
    {
        var runner = _services.Get<MigrationRunner>();
        _scripts[1] = _scripts[1] with { Sql = "ALTER TABLE demo_things ADD COLUMN label TEXT NULL;" };

        var error = await Assert.ThrowsAsync<MigrationChecksumException>(() => runner.MigrateAsync());
        Assert.Equal(["demo/0002_second.sql"], error.Changed);
        Assert.Contains("never edited", error.Message, StringComparison.Ordinal);
        Assert.Equal(["demo/0002_second.sql"], (await runner.StatusAsync()).Changed);
    }

    [Fact]
    public void Line_endings_do_not_change_the_checksum() =>
        Assert.Equal(new MigrationScript("m", "s", "A;\nB;").Checksum, new MigrationScript("m", "s", "A;\r\nB;").Checksum);

    [Fact]
    public async Task A_failing_script_leaves_nothing_behind()
    {
        var runner = _services.Get<MigrationRunner>();
        _scripts.Add(new("demo", "0003_broken.sql", "CREATE TABLE demo_half (id TEXT); INSERT INTO no_such_table VALUES (1);"));

        await Assert.ThrowsAsync<SqliteException>(() => runner.MigrateAsync());

        await using var connection = await _services.Get<DbConnectionFactory>().OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'demo_half'"));
        Assert.Equal(["demo/0003_broken.sql"], (await runner.StatusAsync()).Pending);
    }
}
