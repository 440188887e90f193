using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SwarmNet.BuildingBlocks.Localization;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>
/// The French a user reads names statuses and stages by their glossary labels (../shared/GLOSSARY.md), never by their
/// enum names: every French argument of <c>Text.T(fr, en)</c> in src/ is read and refused if it holds an English status
/// or stage word, or prints a status, stage, decision or kind value raw (<c>{row.Status}</c>) instead of its label.
/// </summary>
public sealed partial class FrenchTextTests
{
    /// <summary>Members whose name is also a plain French word, or the same in both languages.</summary>
    private static readonly HashSet<string> AlsoFrench = new(StringComparer.OrdinalIgnoreCase) { "Active", "Due", "Qualification", "None" };

    /// <summary>What an interpolated value holds when it is a coded value: it must go through a label (Glossary.Of, noun.Status…).</summary>
    private static readonly HashSet<string> CodedValues = new(StringComparer.OrdinalIgnoreCase) { "Status", "Stage", "To", "From", "Decision", "Kind", "Party", "State" };

    /// <summary>The English words to refuse: every member of the platform's status, stage and decision enums.</summary>
    private static IReadOnlyList<string> EnglishWords { get; } = SqlCatalog.Assemblies.Select(a => a.Assembly).Append(Solution.Kernel)
        .Concat(Solution.Contracts.Values)
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsEnum && Regex.IsMatch(t.Name, "(Status|Stage|Decision|State)$"))
        .SelectMany(Enum.GetNames).Where(n => !AlsoFrench.Contains(n)).Distinct().ToList();

    [Fact]
    public void The_scan_sees_the_enums_and_the_french_texts()
    {
        Assert.Contains("Suspended", EnglishWords);
        Assert.Contains("Contracting", EnglishWords);
        Assert.True(FrenchTexts().Count() > 200, "too few Text.T calls found: is the scan broken?");
        Assert.NotEmpty(Problems("""Text.T($"Passage impossible de l'état {row.Status} à {to}.", "x")"""));
        Assert.NotEmpty(Problems("""Text.T("Licence déjà signée (Signed).", "x")"""));
        Assert.Empty(Problems("""Text.T($"La licence est {noun.Status(row.Status)}, {Glossary.Of(stage)}.", "x")"""));
    }

    [Fact]
    public void No_french_text_holds_an_english_status_or_stage_word()
    {
        var found = FrenchTexts().SelectMany(t => Problems(t.Text).Select(p => $"{t.Where}: {p}")).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Every_member_of_a_glossary_enum_has_its_label()
    {
        var enums = SqlCatalog.Assemblies.Select(a => a.Assembly).Append(Solution.Kernel).Concat(Solution.Contracts.Values)
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && Glossary.Types.Contains(t.Name)).ToList();
        Assert.Contains(enums, t => t.Name == "CandidacyStage");
        var missing = enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Where(v => Record.Exception(() => Glossary.Of(v)) is not null).ToList();
        Assert.True(missing.Count == 0, $"No glossary label for: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Problems(string code)
    {
        foreach (var call in CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot().DescendantNodes()
                     .OfType<InvocationExpressionSyntax>().Where(IsTextT))
            foreach (var problem in ProblemsIn(call.ArgumentList.Arguments[0].Expression))
                yield return problem;
    }

    private static IEnumerable<string> ProblemsIn(ExpressionSyntax french)
    {
        foreach (var node in french.DescendantNodesAndSelf())
        {
            var text = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                InterpolatedStringTextSyntax part => part.TextToken.ValueText,
                _ => null,
            };
            foreach (var word in EnglishWords.Where(w => text is not null && Regex.IsMatch(text, $@"(?<![\p{{L}}-]){w}(?![\p{{L}}-])", RegexOptions.IgnoreCase)))
                yield return $"English word « {word} » in \"{text}\"";
            if (node is InterpolationSyntax hole && hole.Expression is not InvocationExpressionSyntax && LastName(hole.Expression) is { } name && CodedValues.Contains(name))
                yield return $"raw coded value {{{hole.Expression}}}: show its label (Glossary.Of…)";
        }
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    private static bool IsTextT(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "T", Expression: IdentifierNameSyntax { Identifier.ValueText: "Text" } }
        && call.ArgumentList.Arguments.Count == 2;

    private static IEnumerable<(string Where, string Text)> FrenchTexts()
    {
        var src = Path.Combine(Solution.RepositoryRoot(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsTextT))
                yield return ($"{Path.GetRelativePath(src, file)}:{call.GetLocation().GetLineSpan().StartLinePosition.Line + 1}", call.ToString());
        }
    }
}
