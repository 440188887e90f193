using System.Diagnostics;
using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Obligations;
using SwarmNet.Modules.Obligations.Board;
using SwarmNet.Modules.Obligations.Contracts.Board;
using SwarmNet.Modules.Obligations.Reminders;

namespace SwarmNet.Benchmarks;

/// <summary>
/// 1,000,000 occurrences over 10,000 contracts on SQLite (10 networks, 100 monthly occurrences per contract, half past,
/// half ahead, two reminders each), then the daily reminder job on five successive days and the compliance board of one
/// network, with the query plans of both.
/// </summary>
internal static class ObligationBenchmark
{
    private const int Networks = 10;
    private const int ContractsPerNetwork = 1_000;
    private const int OccurrencesPerContract = 100;
    private static readonly DateOnly Today = new(2027, 6, 1);

    public static async Task RunAsync(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "swarmnet-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db"), Pooling = true }.ToString();
            var clock = new BenchClock(Today.ToDateTime(new TimeOnly(6, 0)));
            await using var provider = Services(connectionString, clock);
            await provider.GetRequiredService<MigrationRunner>().MigrateAsync();
            var network = await Send(provider, new CreateNetwork(
                (await Send(provider, new RegisterOrganization("Tête de réseau", OrganizationKind.NetworkHead, LegalForm.Other, null, null, null, null))).Id,
                "Réseau mesuré", ["Marque"], null, null, null));

            var seeding = Stopwatch.StartNew();
            await ObligationSeed.SeedAsync(connectionString, network.Id, Networks, ContractsPerNetwork, OccurrencesPerContract, Today);
            output.WriteLine($"seeded {Networks * ContractsPerNetwork * OccurrencesPerContract:N0} occurrences over {Networks * ContractsPerNetwork:N0} contracts in {seeding.Elapsed.TotalSeconds:0.0} s");
            await PlansAsync(connectionString, output);

            var scans = new List<double>();
            for (var day = 0; day < 5; day++)
            {
                var watch = Stopwatch.StartNew();
                await Send(provider, new RunObligationReminders());
                scans.Add(watch.Elapsed.TotalMilliseconds);
                var sent = await CountAsync(connectionString, "SELECT COUNT(*) FROM obligations_reminders WHERE sent_at IS NOT NULL AND remind_on = @Day", clock.Today);
                output.WriteLine($"reminder scan {clock.Today:yyyy-MM-dd}: {scans[^1]:0} ms ({sent} reminders marked)");
                clock.Advance(TimeSpan.FromDays(1));
            }

            var boards = new List<double>();
            for (var run = 0; run < 20; run++)
            {
                var watch = Stopwatch.StartNew();
                var board = await Send(provider, new GetComplianceBoard(network.Id));
                boards.Add(watch.Elapsed.TotalMilliseconds);
                if (run == 0)
                    output.WriteLine($"compliance board: {board.Total} affiliates, worst rate {board.Items[0].Rate:0.00}");
            }
            var queries = new List<double>();
            await using (var connection = new SqliteConnection(connectionString))
            {
                var parameters = new { NetworkId = network.Id.ToString("D"), From = Today.AddMonths(-12).ToString("yyyy-MM-dd"), Today = Today.ToString("yyyy-MM-dd"),
                    ContractKind = (string?)null, Category = (string?)null };
                for (var run = 0; run < 20; run++)
                {
                    var watch = Stopwatch.StartNew();
                    _ = (await connection.QueryAsync(GetComplianceBoardHandler.BoardSql, parameters)).AsList();
                    queries.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            output.WriteLine($"reminder scan: median {Median(scans):0} ms, max {scans.Max():0} ms (aim < 2000 ms)");
            output.WriteLine($"compliance board: median {Median(boards):0.0} ms, max {boards.Max():0.0} ms (aim < 200 ms); its grouped query alone: median {Median(queries):0.0} ms");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Services(string connectionString, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:SwarmNet"] = connectionString,
        }).Build());
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSwarmNetPlatform().AddNetworkModule().AddObligationsModule();
        return services.BuildServiceProvider();
    }

    private static async Task<T> Send<T>(IServiceProvider provider, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task PlansAsync(string connectionString, TextWriter output)
    {
        await using var connection = new SqliteConnection(connectionString);
        foreach (var (name, sql) in new[]
                 {
                     ("reminder claim", ReminderSql.ClaimSql), ("occurrences opening", ReminderSql.OpenSql), ("occurrences overdue", ReminderSql.OverdueSql),
                     ("compliance board", GetComplianceBoardHandler.BoardSql),
                 })
        {
            output.WriteLine($"EXPLAIN QUERY PLAN — {name}:");
            var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, new
            {
                Today = Today.ToString("yyyy-MM-dd"), Now = "x", Batch = "x", Due = "Due", Overdue = "Overdue", NetworkId = "x", From = "x",
                ContractKind = (string?)null, Category = (string?)null,
            });
            foreach (var row in rows)
                output.WriteLine($"  {row.Detail}");
        }
    }

    private static async Task<long> CountAsync(string connectionString, string sql, DateOnly day)
    {
        await using var connection = new SqliteConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>(sql, new { Day = day.ToString("yyyy-MM-dd") });
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class BenchClock(DateTime start) : TimeProvider
    {
        private DateTimeOffset _now = new(start, TimeSpan.Zero);

        public DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
