using System.Globalization;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// <c>royalties simulate --input &lt;file|-&gt; [--lang fr|en]</c>. Stdout carries only JSON (the statements, or the
/// field errors with exit code 2) so it can be piped; usage and argument problems go to stderr with exit code 2.
/// </summary>
internal static class SimulationCli
{
    public const int Ok = 0;
    public const int Invalid = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var arguments = CliArguments.Parse(args);
        if (arguments.Help)
        {
            await stderr.WriteLineAsync(CliArguments.Usage).ConfigureAwait(false);
            return Ok;
        }

        if (arguments.Problem is { } problem)
        {
            await stderr.WriteLineAsync(problem + Environment.NewLine + CliArguments.Usage).ConfigureAwait(false);
            return Invalid;
        }

        // The culture change stays inside this async call: the caller's culture comes back when it returns.
        if (arguments.Language is { } language)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        }

        string json;
        try
        {
            json = arguments.Input == "-"
                ? await stdin.ReadToEndAsync(ct).ConfigureAwait(false)
                : await File.ReadAllTextAsync(arguments.Input!, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync(Text.T(
                $"Impossible de lire le fichier d'entrée « {arguments.Input} » : {exception.Message}",
                $"Cannot read the input file '{arguments.Input}': {exception.Message}")).ConfigureAwait(false);
            return Invalid;
        }

        var (output, errors) = SimulateRoyalties.RunJson(json);
        await stdout.WriteLineAsync(errors.Count == 0 ? output : RoyaltiesJson.SerializeErrors(errors)).ConfigureAwait(false);
        return errors.Count == 0 ? Ok : Invalid;
    }
}
