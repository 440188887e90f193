using SwarmNet.Benchmarks;

// One console program for every benchmark, chosen by its first argument (build/bench.sh runs "royalties").
if (args is ["royalties", ..])
{
    RoyaltyBenchmark.Run(Console.Out);
    return 0;
}

if (args is ["obligations", ..])
{
    await ObligationBenchmark.RunAsync(Console.Out);
    return 0;
}

await Console.Error.WriteLineAsync("Usage: SwarmNet.Benchmarks royalties|obligations");
return 2;
