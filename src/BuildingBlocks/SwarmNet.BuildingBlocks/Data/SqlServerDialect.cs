using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.SqlClient;

namespace SwarmNet.BuildingBlocks.Data;

internal sealed partial class SqlServerDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    public TimeSpan? SingleWriterWait(string connectionString) => null;

    // 1205: chosen as deadlock victim; the transaction was rolled back and may simply run again.
    public bool IsBusy(Exception exception) => exception is SqlException { Number: 1205 };

    public Task SetDurableCommitAsync(DbConnection connection, bool durable, CancellationToken ct) => Task.CompletedTask;

    public string Render(string sql) =>
        sql.Replace("{{PAGE}}", "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", StringComparison.Ordinal);

    public string CreateMigrationsTableSql => SqlServerCreateMigrationsTableSql;

    internal const string SqlServerCreateMigrationsTableSql = """
        IF OBJECT_ID(N'dbo.platform_migrations', N'U') IS NULL
        CREATE TABLE dbo.platform_migrations (
            module NVARCHAR(100) NOT NULL,
            script NVARCHAR(200) NOT NULL,
            checksum CHAR(64) NOT NULL,
            applied_at DATETIMEOFFSET NOT NULL,
            CONSTRAINT pk_platform_migrations PRIMARY KEY (module, script)
        );
        """;

    public IEnumerable<string> SplitScript(string script) =>
        GoLine().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch));

    // Several hosts may start together on one database: the first migrates, the others wait then see it done.
    public Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(SqlServerMigrationLockSql, transaction: transaction, cancellationToken: ct));

    internal const string SqlServerMigrationLockSql =
        "EXEC sp_getapplock @Resource = N'swarmnet-migrations', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 120000;";

    public string? TransactionLockSql => SqlServerTransactionLockSql;

    // sp_getapplock reports a timeout by its result, not an exception: the caller must not go on unlocked.
    internal const string SqlServerTransactionLockSql = """
        DECLARE @Result INT;
        EXEC @Result = sp_getapplock @Resource = @Resource, @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 10000;
        SELECT @Result;
        """;

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
