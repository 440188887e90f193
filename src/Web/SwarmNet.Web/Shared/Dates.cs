using System.Globalization;

namespace SwarmNet.Web.Shared;

/// <summary>Dates as the reader's culture writes them (30/11/2026 in French), a dash when there is none.</summary>
public static class Dates
{
    public static string Short(DateTimeOffset? at) => at?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    public static string Short(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
