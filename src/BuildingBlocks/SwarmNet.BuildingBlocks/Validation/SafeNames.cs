using System.Globalization;
using System.Text;

namespace SwarmNet.BuildingBlocks.Validation;

/// <summary>
/// Names people read (organisations, tokens, display names) and file names: no control or invisible formatting
/// characters, so "‮fdp.exe" cannot show as "exe.pdf"; file names also no path, no "..", no reserved device name.
/// </summary>
public static class SafeNames
{
    // Windows refuses these as a file name's stem, whatever the extension (CON.txt is CON).
    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
         ..Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" }), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly char[] FileNameForbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>
    /// False for control characters (NUL, line breaks, tabs…), invisible format characters (bidirectional overrides
    /// and isolates U+202A–U+202E, U+2066–U+2069, zero-width characters, BOM), line or paragraph separators and lone
    /// surrogates (which enumerate as U+FFFD).
    /// </summary>
    public static bool IsSafeName(string? name) =>
        name is null || name.EnumerateRunes().All(r => r != Rune.ReplacementChar && Rune.GetUnicodeCategory(r) is not (
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned));

    /// <summary>A safe name that is also a plain file name on every system: no path, "..", device name, or trailing dot or space.</summary>
    public static bool IsSafeFileName(string? name)
    {
        if (name is null)
            return true;
        if (!IsSafeName(name) || name.IndexOfAny(FileNameForbidden) >= 0 || name.Contains("..", StringComparison.Ordinal))
            return false;
        if (name.Length == 0 || name[^1] is '.' or ' ' || name[0] == ' ')
            return false;
        var stem = name.Split('.')[0].TrimEnd();
        return !DeviceNames.Contains(stem);
    }
}
