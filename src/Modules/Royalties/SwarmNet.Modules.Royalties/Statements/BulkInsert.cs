using System.Data.Common;
using System.Globalization;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// Many rows through one command in the current transaction, its parameters bound once and only their values changed
/// (prepared on SQLite): the nightly close writes tens of thousands of lines, and Dapper's per-row work doubled it.
/// Values are converted as the Dapper type handlers would (ISO text on SQLite, native types on SQL Server).
/// </summary>
internal static class BulkInsert
{
    public static async Task ExecuteAsync(DbSession db, string sql, string[] names, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var connection = await db.ConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        var sqlite = db.Dialect.Provider == DatabaseProvider.Sqlite;
        var prepared = !sqlite; // SqlClient prepares only with explicit sizes; its plan cache does the work
        foreach (var row in rows)
        {
            for (var i = 0; i < names.Length; i++)
                command.Parameters[i].Value = Convert(row[i], sqlite);
            if (!prepared)
            {
                await command.PrepareAsync(ct);
                prepared = true;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object Convert(object? value, bool sqlite) => value switch
    {
        null => DBNull.Value,
        Guid g => sqlite ? g.ToString("D") : g,
        DateOnly d => sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => sqlite ? TypeHandlers.FormatInstant(t) : t.ToUniversalTime(),
        bool b => sqlite ? (b ? 1 : 0) : b,
        _ => value,
    };
}
