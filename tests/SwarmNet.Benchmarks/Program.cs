using SwarmNet.Benchmarks;

// One console program for every benchmark, chosen by its first argument (build/bench.sh runs "royalties" by default).
switch (args)
{
    case ["royalties", ..]:
        RoyaltyBenchmark.Run(Console.Out);
        return 0;
    case ["close", ..]:
        await CloseBenchmark.RunAsync(Console.Out);
        return 0;
    case ["obligations", ..]:
        await ObligationBenchmark.RunAsync(Console.Out);
        return 0;
    case ["contention", ..]:
        await SwarmNet.Benchmarks.Contention.ContentionBenchmark.RunAsync(Console.Out);
        return 0;
    default:
        await Console.Error.WriteLineAsync("Usage: SwarmNet.Benchmarks royalties|close|obligations|contention");
        return 2;
}
