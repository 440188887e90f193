namespace SwarmNet.BuildingBlocks.Data;

/// <summary>
/// User text inside a LIKE pattern, for both dialects: <c>%</c>, <c>_</c>, the escape character itself and SQL
/// Server's <c>[</c> match only themselves. Write <c>column LIKE @Pattern</c> + <see cref="Escape"/>; an architecture
/// test checks that every LIKE in the code carries it.
/// </summary>
public static class SqlLike
{
    /// <summary>The ESCAPE clause that goes right after <c>LIKE @Pattern</c>.</summary>
    public const string Escape = " ESCAPE '\\'";

    /// <summary>"Contains" search: null when there is nothing to search, so the SQL can write <c>@Pattern IS NULL OR …</c>.</summary>
    public static string? Contains(string? text) => string.IsNullOrWhiteSpace(text) ? null : "%" + Literal(text.Trim()) + "%";

    /// <summary>"Starts with" search.</summary>
    public static string? StartsWith(string? text) => string.IsNullOrWhiteSpace(text) ? null : Literal(text.Trim()) + "%";

    public static string Literal(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal);
}
