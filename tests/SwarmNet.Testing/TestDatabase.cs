using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Testing;

/// <summary>
/// A database of its own for one test: a SQLite file in a temp folder, or — when SWARMNET_TEST_SQLSERVER holds a
/// connection string — a fresh SQL Server database. Removed on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SqlServerVariable = "SWARMNET_TEST_SQLSERVER";

    private readonly string? _folder;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? serverConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string? Folder => _folder;

    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs ? cs : null;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:SwarmNet"] = ConnectionString,
    };

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? CreateSqlServerAsync() : Task.FromResult(CreateSqlite());

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "swarmnet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "swarmnet.db"), Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, folder, null, null);
    }

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var server = SqlServerConnectionString ?? throw new InvalidOperationException($"{SqlServerVariable} is not set.");
        var name = "swarmnet_test_" + Guid.NewGuid().ToString("N");
        await using (var master = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ToString()))
        {
            await master.OpenAsync();
            await using var create = new SqlCommand($"CREATE DATABASE [{name}]", master);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ToString();
        return new TestDatabase(DatabaseProvider.SqlServer, connectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { /* a host still closing its file; the temp folder is cleaned by the OS */ }
        }
        if (_serverConnectionString is not null)
        {
            SqlConnection.ClearAllPools();
            await using var master = new SqlConnection(new SqlConnectionStringBuilder(_serverConnectionString) { InitialCatalog = "master" }.ToString());
            await master.OpenAsync();
            await using var drop = new SqlCommand(
                $"ALTER DATABASE [{_databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_databaseName}]", master);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
