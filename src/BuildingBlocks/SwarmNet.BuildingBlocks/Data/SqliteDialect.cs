using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SwarmNet.BuildingBlocks.Data;

internal sealed class SqliteDialect : ISqlDialect
{
    /// <summary>How long a writer waits for the lock unless the connection string says otherwise (<c>Default Timeout</c>).</summary>
    internal const int DefaultBusySeconds = 5;

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public DbConnection CreateConnection(string connectionString)
    {
        var builder = Builder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(folder);
        return new SqliteConnection(builder.ToString());
    }

    // WAL lets readers work while a command writes; busy_timeout makes concurrent writers wait, not fail. NORMAL
    // survives a process crash; commands that write money or signatures ask for FULL (docs/adr/0053).
    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {((SqliteConnection)connection).DefaultTimeout * 1000}; PRAGMA synchronous = NORMAL;",
            cancellationToken: ct));

    public TimeSpan? SingleWriterWait(string connectionString) => TimeSpan.FromSeconds(Builder(connectionString).DefaultTimeout);

    // 5 SQLITE_BUSY, 6 SQLITE_LOCKED: another connection holds the write lock beyond the busy timeout.
    public bool IsBusy(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };

    // SQLite refuses to change it inside a transaction: set before BEGIN, reset after the end.
    public Task SetDurableCommitAsync(DbConnection connection, bool durable, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(durable ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;", cancellationToken: ct));

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

    // Microsoft.Data.Sqlite retries a busy statement until Default Timeout: keep it equal to the busy timeout so that
    // a writer waits that long once, not 30 s.
    private static SqliteConnectionStringBuilder Builder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        if (!builder.ShouldSerialize("Default Timeout"))
            builder.DefaultTimeout = DefaultBusySeconds;
        return builder;
    }
}
