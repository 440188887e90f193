using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SwarmNet.BuildingBlocks.Data;

internal sealed class SqliteDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, DefaultTimeout = 30 };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(folder);
        return new SqliteConnection(builder.ToString());
    }

    // WAL lets readers work while a command writes; busy_timeout makes concurrent writers wait, not fail.
    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
            cancellationToken: ct));

    public string Render(string sql) => sql.Replace("{{PAGE}}", "LIMIT @Take OFFSET @Skip", StringComparison.Ordinal);

    public string CreateMigrationsTableSql => SqliteCreateMigrationsTableSql;

    internal const string SqliteCreateMigrationsTableSql = """
        CREATE TABLE IF NOT EXISTS platform_migrations (
            module TEXT NOT NULL,
            script TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            PRIMARY KEY (module, script)
        );
        """;

    public IEnumerable<string> SplitScript(string script) => [script];

    public string? TransactionLockSql => null;

    // The SQLite file belongs to one host: BEGIN already takes the write lock when the journal is written.
    public Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;
}
