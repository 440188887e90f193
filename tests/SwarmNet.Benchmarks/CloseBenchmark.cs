using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Modules.Royalties;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Benchmarks;

/// <summary>
/// The monthly close on SQLite: 10,000 active agreements (every kind of rule), October 2026 declared for all, then the
/// nightly command end to end (MediatR → engine → Dapper → SQLite, drafts, lines and history persisted). The floor
/// writes the very same rows with one prepared command per table in one transaction. A 200-agreement run first warms
/// the JIT. Prints both times and their ratio.
/// </summary>
internal static class CloseBenchmark
{
    private const int Agreements = 10_000;
    private static readonly DateOnly Month = new(2026, 10, 1);
    private static readonly string[] Tables = ["royalties_statements", "royalties_statement_lines", "royalties_statement_history"];

    public static async Task RunAsync(TextWriter output)
    {
        await MeasureAsync(200); // warm-up
        var (declare, close, floor, statements, lines) = await MeasureAsync(Agreements);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"close: {Agreements} agreements, one month: declarations in {declare.TotalMilliseconds:F0} ms; close {close.TotalMilliseconds:F0} ms ({statements} statements, {lines} lines); raw floor {floor.TotalMilliseconds:F0} ms; ratio {close / floor:F2}x"));
    }

    private static async Task<(TimeSpan Declare, TimeSpan Close, TimeSpan Floor, long Statements, long Lines)> MeasureAsync(int agreements)
    {
        var folder = Path.Combine(Path.GetTempPath(), "swarmnet-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "close.db"), Pooling = false }.ToString();
        try
        {
            await using var provider = Services(connectionString);
            await provider.GetRequiredService<MigrationRunner>().MigrateAsync();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            await SeedAgreementsAsync(connection, agreements);

            var declare = await TimeAsync(() => DeclareAsync(connection, agreements));
            var close = await TimeAsync(async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ComputeDueStatements(new DateOnly(2026, 11, 10)));
            });
            var rows = new List<(string Table, List<object?[]> Rows, string[] Columns)>();
            foreach (var table in Tables)
                rows.Add(await ReadAsync(connection, table));
            await ExecuteAsync(connection, "DELETE FROM royalties_statement_history; DELETE FROM royalties_statement_lines; DELETE FROM royalties_statements;");
            var floor = await TimeAsync(() => InsertAsync(connection, rows));
            return (declare, close, floor, rows[0].Rows.Count, rows[1].Rows.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:SwarmNet"] = connectionString,
        }).Build());
        services.AddLogging();
        services.AddSwarmNetPlatform();
        services.AddRoyaltiesModule();
        return services.BuildServiceProvider();
    }

    /// <summary>Agreements as the activation handler leaves them, written directly: the benchmark is about the close.</summary>
    private static async Task SeedAgreementsAsync(SqliteConnection connection, int count)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var agreement = Command(connection, """
            INSERT INTO royalties_agreements (id, contract_kind, grantor_organization_id, grantor_name, structure_organization_id, structure_name, network_id,
                brand, effective_date, end_date, status, ended_on, vat_exempt, late_interest_rate, payment_days, declaration_due_days, created_at, updated_at)
            VALUES ($id, 'licence', $grantor, 'Tête', $structure, $name, NULL, 'Marque', $effective, NULL, 'Active', NULL, 0, NULL, 30, 15, $now, $now)
            """, "$id", "$grantor", "$structure", "$name", "$effective", "$now");
        var version = Command(connection, "INSERT INTO royalties_terms_versions (agreement_id, number, applies_from, terms, recorded_at) VALUES ($id, 0, $effective, $terms, $now)",
            "$id", "$effective", "$terms", "$now");
        var grantor = Guid.CreateVersion7().ToString("D");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        var terms = JsonSerializer.Serialize(RoyaltyPortfolio.Contract(Month, 0.03m, "contract"), options);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7().ToString("D");
            Run(agreement, id, grantor, Guid.CreateVersion7().ToString("D"), "Structure " + i.ToString(CultureInfo.InvariantCulture), "2026-10-01", "2026-10-01T00:00:00.0000000Z");
            Run(version, id, "2026-10-01", terms, "2026-10-01T00:00:00.0000000Z");
        }
        await transaction.CommitAsync();
    }

    /// <summary>October's declarations (three categories) as the declaration command stores them.</summary>
    private static async Task DeclareAsync(SqliteConnection connection, int count)
    {
        var ids = new List<string>();
        await using (var reader = await Command(connection, "SELECT id FROM royalties_agreements").ExecuteReaderAsync())
            while (await reader.ReadAsync())
                ids.Add(reader.GetString(0));
        await using var transaction = await connection.BeginTransactionAsync();
        var declaration = Command(connection, "INSERT INTO royalties_declarations (id, agreement_id, period_start, period_end, current_version) VALUES ($id, $agreement, '2026-10-01', '2026-10-31', 1)",
            "$id", "$agreement");
        var version = Command(connection, """
            INSERT INTO royalties_declaration_versions (declaration_id, version, no_activity, revenue, total_cents, sworn_name, sworn_on, sworn_text,
                declared_by_id, declared_by_name, declared_at)
            VALUES ($id, 1, 0, $revenue, $total, 'Déclarant', '2026-11-05', 'Sur l''honneur', NULL, 'Déclarant', '2026-11-05T10:00:00.0000000Z')
            """, "$id", "$revenue", "$total");
        for (var i = 0; i < ids.Count; i++)
        {
            var id = Guid.CreateVersion7().ToString("D");
            var (salle, livraison, emporter) = (1_000_000L + (i * 37 % 900_000), 500_000L + (i * 53 % 400_000), 200_000L + (i * 71 % 300_000));
            Run(declaration, id, ids[i]);
            Run(version, id, $"{{\"emporter\":{emporter},\"livraison\":{livraison},\"salle\":{salle}}}", salle + livraison + emporter);
        }
        await transaction.CommitAsync();
    }

    private static async Task<(string, List<object?[]>, string[])> ReadAsync(SqliteConnection connection, string table)
    {
        var rows = new List<object?[]>();
        await using var reader = await Command(connection, $"SELECT * FROM {table}").ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            rows.Add(values);
        }
        return (table, rows, columns);
    }

    /// <summary>The floor: each table's rows through one prepared INSERT, all in one transaction.</summary>
    private static async Task InsertAsync(SqliteConnection connection, List<(string Table, List<object?[]> Rows, string[] Columns)> tables)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var (table, rows, columns) in tables)
        {
            var names = columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            var insert = Command(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})", names);
            insert.Prepare();
            foreach (var row in rows)
                Run(insert, row);
        }
        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var stopwatch = Stopwatch.StartNew();
        await work();
        return stopwatch.Elapsed;
    }
}
