using System.Text.RegularExpressions;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>User text never acts as a wildcard: every <c>LIKE @parameter</c> carries SqlLike's ESCAPE clause.</summary>
public sealed partial class SqlLikeTests
{
    [Fact]
    public void Every_like_on_a_parameter_escapes_its_wildcards()
    {
        var likes = SqlCatalog.Statements.Where(s => LikeParameter().IsMatch(s.Sql)).ToList();
        Assert.True(likes.Count >= 2, $"only {likes.Count} LIKE statements found");
        var unescaped = likes.Where(s => LikeParameter().Matches(s.Sql).Any(m => !m.Groups["escape"].Success)).Select(s => s.Name).ToList();
        Assert.True(unescaped.Count == 0, "LIKE without SqlLike.Escape in: " + string.Join(", ", unescaped));
    }

    [GeneratedRegex(@"\bLIKE\s+@\w+(?<escape>\s+ESCAPE\s+'\\')?", RegexOptions.IgnoreCase)]
    private static partial Regex LikeParameter();
}
