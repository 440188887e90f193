using System.Globalization;
using System.Runtime.CompilerServices;

namespace SwarmNet.Tests;

/// <summary>
/// Linked into every test project by tests/Directory.Build.props: the process's default culture is French, as for a
/// request without Accept-Language, so no test depends on the LANG of the machine that runs it. A test that wants
/// English asks for it (Accept-Language: en, --lang en, or sets the culture in its own async flow).
/// </summary>
internal static class PinnedCulture
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

#pragma warning disable CA2255 // a test assembly is the application here: the pin must precede every test
    [ModuleInitializer]
    internal static void Pin()
#pragma warning restore CA2255
    {
        CultureInfo.DefaultThreadCurrentCulture = French;
        CultureInfo.DefaultThreadCurrentUICulture = French;
    }
}
