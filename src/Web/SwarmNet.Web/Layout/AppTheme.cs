using MudBlazor;

namespace SwarmNet.Web.Layout;

/// <summary>The palette: a deep blue with contrast enough for text (WCAG AA), and the honey accent of the logo.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e3a5f",
            Secondary = "#8a5a00",
            AppbarBackground = "#1e3a5f",
            Error = "#b00020",
            Success = "#1b5e20",
            Warning = "#8a4b00",
        },
    };
}
