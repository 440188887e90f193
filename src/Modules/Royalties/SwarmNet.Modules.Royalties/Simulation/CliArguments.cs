using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>What follows the word <c>royalties</c> on the command line, read without a parsing library.</summary>
internal sealed record CliArguments(string? Input, string? Language, bool Help, string? Problem)
{
    public static string Usage => Text.T(
        """
        Usage : royalties simulate --input <fichier.json | -> [--lang fr|en]
          Simule les redevances des termes et déclarations du fichier (- : entrée standard).
          Sortie standard : le JSON des relevés (code 0) ou des erreurs par champ (code 2).
        """,
        """
        Usage: royalties simulate --input <file.json | -> [--lang fr|en]
          Simulates the royalties of the terms and declarations in the file (- reads standard input).
          Standard output: the statements as JSON (exit 0) or the field errors (exit 2).
        """);

    public static CliArguments Parse(string[] args)
    {
        if (args is null || args.Length == 0)
        {
            return Fail(Text.T("Sous-commande manquante.", "Missing subcommand."));
        }

        if (args[0] is "help" or "--help" or "-h")
        {
            return new CliArguments(null, null, true, null);
        }

        if (args[0] != "simulate")
        {
            return Fail(Text.T($"Sous-commande inconnue : {args[0]}", $"Unknown subcommand: {args[0]}"));
        }

        string? input = null;
        string? language = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    return new CliArguments(null, null, true, null);
                case "--input" when value is not null:
                    input = value;
                    i++;
                    break;
                case "--lang" when value is "fr" or "en":
                    language = value;
                    i++;
                    break;
                default:
                    return Fail(Text.T($"Argument inattendu ou incomplet : {args[i]}", $"Unexpected or incomplete argument: {args[i]}"));
            }
        }

        return input is null
            ? Fail(Text.T("L'option --input est obligatoire.", "The --input option is required."))
            : new CliArguments(input, language, false, null);
    }

    private static CliArguments Fail(string problem) => new(null, null, false, problem);
}
