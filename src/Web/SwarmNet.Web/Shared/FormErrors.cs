using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Web.Shared;

/// <summary>
/// A module's field errors for a form split in parts: each field reads its own path; each part shows, at its end, what
/// falls under its prefix that none of its fields shows, so no error goes unseen.
/// </summary>
public sealed record FormErrors(IReadOnlyList<FieldError> Errors)
{
    public static readonly FormErrors None = new([]);

    /// <summary>Whether a field has an error; a field may answer for several paths (a term's start and the term as a whole).</summary>
    public bool Has(params string[] paths) => Errors.Any(e => paths.Contains(e.Path));

    /// <summary>The field's messages as one text (MudBlazor's ErrorText), or null when it is fine.</summary>
    public string? Text(params string[] paths) => Has(paths) ? string.Join(" ", For(paths)) : null;

    /// <summary>The messages of exactly these paths, for a list shown under a group of rows.</summary>
    public IEnumerable<string> For(params string[] paths) => Errors.Where(e => paths.Contains(e.Path)).Select(e => e.Message);

    /// <summary>The messages under <paramref name="prefix"/> (itself included) whose path is not among <paramref name="shown"/>.</summary>
    public IEnumerable<string> Rest(string prefix, IEnumerable<string> shown)
    {
        var set = shown.ToHashSet(StringComparer.Ordinal);
        return Errors.Where(e => Under(e.Path, prefix) && !set.Contains(e.Path)).Select(e => e.Message);
    }

    public IEnumerable<string> PathsUnder(params string[] prefixes) => Errors.Select(e => e.Path).Where(p => prefixes.Any(prefix => Under(p, prefix)));

    private static bool Under(string path, string prefix) => path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
}
