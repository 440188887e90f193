using System.Text;

namespace SwarmNet.BuildingBlocks.Errors;

/// <summary>Turns FluentValidation property paths ("Referent.Email", "Items[2].Name") into JSON pointers ("/referent/email").</summary>
public static class JsonPointer
{
    public static string FromPropertyPath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
            return "";
        var pointer = new StringBuilder();
        foreach (var segment in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
                pointer.Append('/').Append(Escape(CamelCase(name)));
            for (var i = bracket; i >= 0; i = segment.IndexOf('[', i + 1))
            {
                var close = segment.IndexOf(']', i);
                pointer.Append('/').Append(Escape(segment[(i + 1)..close]));
            }
        }
        return pointer.ToString();
    }

    /// <summary>System.Text.Json paths ("$.referent.email", "$.items[2]") as JSON pointers.</summary>
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
            return "";
        return FromPropertyPath(jsonPath.TrimStart('$').Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal));
    }

    private static string CamelCase(string name) =>
        char.IsUpper(name[0]) ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1)) : name;

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
