using System.Globalization;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Benchmarks.Contention;

/// <summary>
/// Issue 9's figure: other users' write latency with and without a 128-client sign-in flood, over HTTP against the real
/// host in its own process (SQLite). Four signed-in admins each register an organisation every 50 ms and a legitimate
/// user signs in every 250 ms, first alone, then beside floods of wrong passwords: from one address (the issue's
/// attack), from 128 addresses at one account, and from 128 addresses at a new account each time (nothing but the
/// per-address limit stops it). Prints p50/p99 per phase, the flood's answers, and the machine's load around the run.
/// </summary>
internal static class ContentionBenchmark
{
    private const int Flooders = 128, Writers = 4;
    private const string Victim = "membre.step@bench.invalid", Legit = "legitime@bench.invalid";
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(20), WritePause = TimeSpan.FromMilliseconds(50), SignInEvery = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "swarmnet-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var loadBefore = LoadAverage();
        try
        {
            await using var host = await HostProcess.StartAsync(folder);
            await SeedAsync(host.ConnectionString);
            using var clients = new Clients(host.Address);
            var writers = new List<HttpClient>();
            for (var w = 0; w < Writers; w++)
                writers.Add(await clients.SignedInAsync(Writer(w), $"198.51.100.{w + 1}"));

            await MeasureAsync(clients, writers, null, TimeSpan.FromSeconds(5)); // warm-up: JIT, pools, page cache
            var phases = new (string Name, Func<Latencies, CancellationToken, Task>? Flood)[]
            {
                ("no flood", null),
                ("128 clients, one address, one account", (into, stop) => Workloads.FloodAsync(clients, Flooders, _ => null, (_, _) => Victim, into, stop)),
                ("128 clients, 128 addresses, one account", (into, stop) => Workloads.FloodAsync(clients, Flooders, f => $"10.1.0.{f + 1}", (_, _) => Victim, into, stop)),
                ("128 clients, 128 addresses, a new account each attempt",
                    (into, stop) => Workloads.FloodAsync(clients, Flooders, f => $"10.2.0.{f + 1}", (f, i) => $"inconnu.{f}.{i}@bench.invalid", into, stop)),
            };
            foreach (var (name, flood) in phases)
            {
                var (writes, signIns, attempts) = await MeasureAsync(clients, writers, flood, Phase);
                output.WriteLine($"contention [{name}]: writes {writes.Summary()}");
                output.WriteLine($"contention [{name}]: legitimate sign-ins {signIns.Summary()}");
                if (flood is not null)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"contention [{name}]: flood {attempts.Count / Phase.TotalSeconds:0} attempts/s, {attempts.Summary()}"));
            }
            foreach (var writer in writers)
                writer.Dispose();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        output.WriteLine($"contention: aim p99 of writes < 250 ms during a 128-client flood; {Environment.ProcessorCount} cores, load average (1 min) {loadBefore} before, {LoadAverage()} after");
    }

    private static async Task<(Latencies Writes, Latencies SignIns, Latencies Flood)> MeasureAsync(
        Clients clients, List<HttpClient> writers, Func<Latencies, CancellationToken, Task>? flood, TimeSpan duration)
    {
        var (writes, signIns, attempts) = (new Latencies(), new Latencies(), new Latencies());
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(
            Workloads.WriteAsync(writers, WritePause, writes, stop.Token),
            Workloads.SignInAsync(clients, Legit, SignInEvery, signIns, stop.Token),
            flood?.Invoke(attempts, stop.Token) ?? Task.CompletedTask);
        return (writes, signIns, attempts);
    }

    /// <summary>The accounts, written beside the running host as the CLI would (the host has migrated the file).</summary>
    private static async Task SeedAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:SwarmNet"] = connectionString,
        }).Build());
        services.AddLogging();
        services.AddSwarmNetPlatform().AddNetworkModule();
        await using var provider = services.BuildServiceProvider();
        var accounts = Enumerable.Range(0, Writers).Select(w => (Writer(w), true)).Append((Victim, false)).Append((Legit, false));
        foreach (var (email, admin) in accounts)
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser(email, email.Split('@')[0], Clients.Password, admin));
        }
    }

    private static string Writer(int w) => $"ecrit{w}@bench.invalid";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
