using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Modules;

namespace SwarmNet.Host.Cli;

/// <summary>Runs every module's demo seeder, in order, as the platform. Seeders are idempotent.</summary>
internal static class DemoData
{
    public static async Task<int> SeedAsync(IServiceProvider services, TextWriter stdout, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order).ToList();
        foreach (var seeder in seeders)
            await seeder.SeedAsync(ct);
        await stdout.WriteLineAsync($"Données de démonstration chargées ({seeders.Count} module(s)).");
        return seeders.Count;
    }
}
