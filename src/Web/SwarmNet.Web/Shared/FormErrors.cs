using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Web.Shared;

/// <summary>
/// A module's field errors for a form split in parts: each field reads its own path; each part shows, at its end, what
/// falls under its prefix that none of its fields shows, so no error goes unseen.
/// </summary>
public sealed record FormErrors(IReadOnlyList<FieldError> Errors)
{
    public static readonly FormErrors None = new([]);

    public bool Has(string path) => Errors.Any(e => e.Path == path);

    /// <summary>The field's messages as one text (MudBlazor's ErrorText), or null when it is fine.</summary>
    public string? Text(string path) => Has(path) ? string.Join(" ", Errors.Where(e => e.Path == path).Select(e => e.Message)) : null;

    /// <summary>The messages under <paramref name="prefix"/> (itself included) whose path is not among <paramref name="shown"/>.</summary>
    public IEnumerable<string> Rest(string prefix, IEnumerable<string> shown)
    {
        var set = shown.ToHashSet(StringComparer.Ordinal);
        return Errors.Where(e => Under(e.Path, prefix) && !set.Contains(e.Path)).Select(e => e.Message);
    }

    public IEnumerable<string> PathsUnder(params string[] prefixes) => Errors.Select(e => e.Path).Where(p => prefixes.Any(prefix => Under(p, prefix)));

    private static bool Under(string path, string prefix) => path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
}
