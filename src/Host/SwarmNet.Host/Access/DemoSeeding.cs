using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Access;

/// <summary>
/// Runs every module's demo seeder in order, as the platform, and returns what must be told once: the demo accounts
/// created and their one random password (seed-demo prints it on stdout; a start-up seeding logs it).
/// </summary>
internal static partial class DemoSeeding
{
    public static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order).ToList();
        foreach (var seeder in seeders)
            await seeder.SeedAsync(ct);
        var lines = new List<string> { $"Données de démonstration chargées ({seeders.Count} module(s))." };
        var credentials = scope.ServiceProvider.GetRequiredService<DemoAccessCredentials>();
        if (credentials.Password is not null)
        {
            lines.Add($"Comptes de démonstration créés ; mot de passe commun (affiché une seule fois) : {credentials.Password}");
            lines.AddRange(credentials.Emails.Select(e => "  " + e));
        }
        return lines;
    }

    /// <summary>For a host that seeds an empty database at start-up (Development): the same lines, in the log.</summary>
    public static async Task SeedAndLogAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        foreach (var line in await SeedAsync(services, ct))
            LogLine(logger, line);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}")]
    private static partial void LogLine(ILogger logger, string line);
}
