using System.Data.Common;

namespace SwarmNet.BuildingBlocks.Data;

/// <summary>
/// What differs between SQLite and SQL Server. SQL is written portably with tokens the dialect fills:
/// <c>{{PAGE}}</c> (needs @Skip and @Take, after an ORDER BY).
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    DbConnection CreateConnection(string connectionString);

    /// <summary>Runs once on each newly opened connection (pragmas for SQLite).</summary>
    Task PrepareConnectionAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Replaces the portable tokens with this dialect's syntax.</summary>
    string Render(string sql);

    /// <summary>Creates the migrations journal if missing.</summary>
    string CreateMigrationsTableSql { get; }

    /// <summary>Splits a migration script into batches (SQL Server: on GO lines).</summary>
    IEnumerable<string> SplitScript(string script);

    /// <summary>
    /// Takes a named lock held until the transaction ends (needs @Resource, returns &lt; 0 when not granted), or null where
    /// write transactions are already serialised (SQLite's BEGIN IMMEDIATE).
    /// </summary>
    string? TransactionLockSql { get; }

    /// <summary>
    /// How long a command may wait for the write lock where the database admits one writer at a time (SQLite: the
    /// busy timeout), so the host queues its writers in memory instead of blocking threads; null where writers run
    /// side by side (SQL Server).
    /// </summary>
    TimeSpan? SingleWriterWait(string connectionString);

    /// <summary>True when the error says "busy, try again" (SQLITE_BUSY/LOCKED, SQL Server deadlock victim 1205).</summary>
    bool IsBusy(Exception exception);

    /// <summary>
    /// Before a transaction begins: whether its commit must reach the disk before returning (SQLite synchronous=FULL)
    /// or may be flushed at the next checkpoint (NORMAL). SQL Server commits are always durable.
    /// </summary>
    Task SetDurableCommitAsync(DbConnection connection, bool durable, CancellationToken ct);

    /// <summary>Serialises migrations across hosts starting at once (a no-op where one process owns the file).</summary>
    Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
