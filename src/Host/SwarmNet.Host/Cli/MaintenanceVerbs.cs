using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Host.Access;
using SwarmNet.Host.Platform;

namespace SwarmNet.Host.Cli;

/// <summary>Verbs that work on the database without serving: they build the same services, never start the host.</summary>
internal static class MaintenanceVerbs
{
    public static async Task<int> MigrateAsync(string[] args, TextWriter stdout)
    {
        await using var app = SwarmNetApp.Build(args, forCommandLine: true);
        var applied = await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
        await stdout.WriteLineAsync(applied.Count == 0
            ? "Base à jour : aucune migration à appliquer."
            : $"{applied.Count} migration(s) appliquée(s) : {string.Join(", ", applied)}");
        return CommandLine.Ok;
    }

    public static async Task<int> SeedDemoAsync(string[] args, TextWriter stdout)
    {
        await using var app = SwarmNetApp.Build(args, forCommandLine: true);
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
        foreach (var line in await DemoSeeding.SeedAsync(app.Services, CancellationToken.None))
            await stdout.WriteLineAsync(line);
        return CommandLine.Ok;
    }
}
