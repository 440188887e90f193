namespace SwarmNet.Web.Sending;

/// <summary>Where to go back after a sign-in or a switch: a path of this site only, never another host (open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}
