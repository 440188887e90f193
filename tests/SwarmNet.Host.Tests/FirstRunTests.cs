using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class FirstRunTests
{
    [Fact]
    public async Task The_first_run_on_an_empty_database_loads_the_demo()
    {
        await using var factory = new SwarmNetFactory();
        var seeded = factory.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true")); // disposed with its parent
        _ = seeded.Server; // starting the host migrates and, the database being new, seeds

        await using var connection = new SqliteConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(10L, await CountAsync(connection, "network_organizations"));
        Assert.Equal(3L, await CountAsync(connection, "network_networks"));
        Assert.Equal(8L, await CountAsync(connection, "network_candidacies"));
        Assert.True(await CountAsync(connection, "network_users") >= 6);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
