using PdfSharp.Fonts;

namespace SwarmNet.Modules.Royalties.Invoices;

/// <summary>
/// PDFsharp finds no system font on Linux: every face it asks for is Liberation Sans (SIL OFL 1.1, licence beside the
/// files), embedded in this assembly, so every machine renders the same invoice. Installed once per process.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Liberation Sans";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"fonts/{faceName}.ttf");
        if (stream is null)
            return null;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
