using SwarmNet.Host.Cli;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Unknown_verb_prints_usage_on_stderr_and_exits_2()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(["frobnicate"], stdout, stderr);

        Assert.Equal(2, code);
        Assert.Equal("", stdout.ToString());
        Assert.Contains("frobnicate", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_usage_on_stdout()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["help"], stdout, new StringWriter()));
        Assert.Contains("seed-demo", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_then_seed_demo_is_idempotent()
    {
        await using var database = TestDatabase.CreateSqlite();
        string[] settings = ["--ConnectionStrings:SwarmNet", database.ConnectionString];
        var stdout = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["migrate", .. settings], stdout, new StringWriter()));
        Assert.Contains("network/0001_organizations.sql", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CommandLine.RunAsync(["migrate", .. settings], stdout, new StringWriter()));
        Assert.Contains("aucune migration", stdout.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await CommandLine.RunAsync(["seed-demo", .. settings], stdout, new StringWriter()));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-demo", .. settings], stdout, new StringWriter()));

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM network_organizations WHERE name IN ('STEP', 'Simplon', 'Les Triporteurs', 'La Conciergerie Solidaire')";
        Assert.Equal(4L, (long)(await count.ExecuteScalarAsync())!);
    }
}
