using System.Globalization;
using SwarmNet.Modules.Licences.Contracts.Pages;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>The brand a licence template grants, as typed: classes and activities comma-separated.</summary>
public sealed class LicenceContentForm
{
    public string? BrandName { get; set; }
    public string? InpiNumber { get; set; }
    public string? NiceClasses { get; set; }
    public string? Activities { get; set; }

    /// <summary>A class that is not a number is sent as 0, so the module names it at its place.</summary>
    public LicenceTemplateContent ToContent() => new(new TemplateBrand(BrandName?.Trim(), string.IsNullOrWhiteSpace(InpiNumber) ? null : InpiNumber.Trim(),
        [.. Split(NiceClasses).Select(c => int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)], Split(Activities)));

    private static string[] Split(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
