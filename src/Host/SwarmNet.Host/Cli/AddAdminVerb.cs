using System.Security.Cryptography;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.Host.Platform;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Host.Cli;

/// <summary>
/// <c>add-admin &lt;email&gt;</c>: the first platform admin of a fresh installation (nobody can invite before one
/// exists). The password is random and printed once on stdout; never passed on a command line or in configuration.
/// </summary>
internal static class AddAdminVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await stderr.WriteLineAsync("Usage : SwarmNet.Host add-admin <email> [options]");
            return CommandLine.Usage;
        }
        await using var app = SwarmNetApp.Build(args[1..], forCommandLine: true);
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        var password = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser(args[0], "Admin plateforme", password, IsPlatformAdmin: true));
        }
        catch (InputValidationException invalid)
        {
            foreach (var error in invalid.Errors)
                await stderr.WriteLineAsync($"{error.Path}: {error.Message}");
            return CommandLine.Usage;
        }
        catch (ConflictException conflict)
        {
            await stderr.WriteLineAsync(conflict.Message);
            return CommandLine.Failure;
        }
        await stdout.WriteLineAsync($"Administrateur de la plateforme créé : {args[0].Trim()}");
        await stdout.WriteLineAsync($"Mot de passe (affiché une seule fois, à changer dès que possible) : {password}");
        return CommandLine.Ok;
    }
}
