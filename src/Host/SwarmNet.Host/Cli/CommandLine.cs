using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Host.Platform;
using SwarmNet.Modules.Obligations;
using SwarmNet.Modules.Royalties;

namespace SwarmNet.Host.Cli;

/// <summary>
/// One executable, several verbs. No verb (or options only, e.g. <c>--urls</c>) serves the platform; an unknown
/// verb prints the usage on stderr and exits with 2.
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        stdin ??= Console.In;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var verb = args.Length == 0 || args[0].StartsWith('-') ? "serve" : args[0];
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
        if (args.Length > 0 && args[0] is "help" or "--help" or "-h")
        {
            await stdout.WriteAsync(UsageText);
            return Ok;
        }
        try
        {
            return verb switch
            {
                "serve" => await ServeAsync(rest, stdout),
                "migrate" => await MaintenanceVerbs.MigrateAsync(rest, stdout),
                "seed-demo" => await MaintenanceVerbs.SeedDemoAsync(rest, stdout),
                "royalties" => await RoyaltiesModule.RunCliAsync(rest, stdin, stdout, stderr, CancellationToken.None),
                "obligations" => await ObligationsModule.RunCliAsync(rest, stdin, stdout, stderr, CancellationToken.None),
                "add-admin" => await AddAdminVerb.RunAsync(rest, stdout, stderr),
                _ => await UnknownAsync(verb, stderr),
            };
        }
        catch (MigrationChecksumException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return Failure;
        }
    }

    private static async Task<int> ServeAsync(string[] args, TextWriter stdout)
    {
        await using var app = SwarmNetApp.Build(args, forCommandLine: false).MapPipeline();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                stdout.WriteLine($"SwarmNet écoute sur {url} — santé : {url}/health, API : {url}/api-docs");
        });
        await app.RunAsync();
        return Ok;
    }

    private static async Task<int> UnknownAsync(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"Commande inconnue : « {verb} ».");
        await stderr.WriteAsync(UsageText);
        return Usage;
    }

    public const string UsageText = """
        Usage : SwarmNet.Host [commande] [options]

        Commandes :
          (aucune) | serve         démarre la plateforme (par défaut sur http://localhost:5080)
          migrate                  applique les migrations de la base puis s'arrête
          seed-demo                charge les données de démonstration (idempotent)
          royalties simulate --input FICHIER|-
                                   simule des redevances (JSON de simulation en entrée, résultat JSON sur stdout)
          obligations preview --input FICHIER|-
                                   calcule les échéances d'obligations (JSON en entrée, échéances JSON sur stdout)
          add-admin <email>        crée un administrateur de la plateforme (mot de passe aléatoire affiché une fois)
          help                     affiche cette aide

        Options ASP.NET Core usuelles : --urls http://127.0.0.1:5099, --Database:Provider SqlServer,
        --ConnectionStrings:SwarmNet "…" ; variables d'environnement ASPNETCORE_ENVIRONMENT, ConnectionStrings__SwarmNet.

        """;
}
