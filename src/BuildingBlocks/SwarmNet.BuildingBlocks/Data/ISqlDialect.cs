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

    /// <summary>Serialises migrations across hosts starting at once (a no-op where one process owns the file).</summary>
    Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
