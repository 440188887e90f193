using System.Globalization;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Preview;

/// <summary>
/// <c>obligations preview --input &lt;file|-&gt; [--lang fr|en]</c>: stdout carries only JSON (the occurrences, or the
/// field errors with exit code 2); usage and unreadable files go to stderr with exit code 2.
/// </summary>
internal static class PreviewCli
{
    public const int Ok = 0;
    public const int Invalid = 2;

    public static string Usage => Text.T(
        """
        Usage : obligations preview --input <fichier.json | -> [--lang fr|en]
          Calcule les échéances des obligations du fichier (- : entrée standard), sans rien enregistrer.
          Sortie standard : le JSON des échéances (code 0) ou des erreurs par champ (code 2).
        """,
        """
        Usage: obligations preview --input <file.json | -> [--lang fr|en]
          Computes the occurrences of the obligations in the file (- reads standard input); stores nothing.
          Standard output: the occurrences as JSON (exit 0) or the field errors (exit 2).
        """);

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (input, language, problem) = Parse(args);
        if (language is not null)
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        if (input is null)
        {
            await stderr.WriteLineAsync((problem is null ? "" : problem + Environment.NewLine) + Usage);
            return problem is null ? Ok : Invalid;
        }
        string json;
        try
        {
            json = input == "-" ? await stdin.ReadToEndAsync(ct) : await File.ReadAllTextAsync(input, ct);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync(Text.T($"Impossible de lire « {input} » : {exception.Message}", $"Cannot read '{input}': {exception.Message}"));
            return Invalid;
        }
        var (output, errors) = PreviewJson.Run(json);
        await stdout.WriteLineAsync(errors.Count == 0 ? output : PreviewJson.SerializeErrors(errors));
        return errors.Count == 0 ? Ok : Invalid;
    }

    /// <summary>(input, language, problem); no input and no problem means help was asked.</summary>
    private static (string? Input, string? Language, string? Problem) Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("preview" or "help" or "--help" or "-h"))
            return (null, null, Text.T($"Sous-commande inconnue ou manquante : {args.FirstOrDefault()}", $"Unknown or missing subcommand: {args.FirstOrDefault()}"));
        if (args[0] != "preview")
            return (null, null, null);
        string? input = null, language = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (args[i] == "--input" && value is not null)
                input = args[++i];
            else if (args[i] == "--lang" && value is "fr" or "en")
                language = args[++i];
            else if (args[i] is "--help" or "-h")
                return (null, null, null);
            else
                return (null, null, Text.T($"Argument inattendu ou incomplet : {args[i]}", $"Unexpected or incomplete argument: {args[i]}"));
        }
        return input is null ? (null, language, Text.T("L'option --input est obligatoire.", "The --input option is required.")) : (input, language, null);
    }
}
