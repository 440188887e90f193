using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>What every visited page must pass, and the screenshot it leaves under TestResults/screenshots.</summary>
public static class PageChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>axe-core finds no serious or critical violation; a full-page screenshot is written whatever the result.</summary>
    public static async Task ShowsNoBarrierAsync(this IPage page, string screenshot)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, screenshot + ".png"), FullPage = true });
        AxeResult result = await page.RunAxe();
        var violations = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(violations.Count == 0, $"{page.Url}: " + string.Join("\n", violations.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target?.ToString() ?? "")))}")));
    }

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SwarmNet.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
