using System.Globalization;

namespace SwarmNet.BuildingBlocks.Localization;

/// <summary>
/// What users read is French first, English on request (Accept-Language: en, or CLI --lang en).
/// Messages are written in place as a pair so the two versions never drift apart in separate files.
/// </summary>
public static class Text
{
    public static string T(string french, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : french;
}
