using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SwarmNet.Host.Tests;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// One host on a real 127.0.0.1 port (Playwright needs a socket) and one Debian Chromium per test class: starting a
/// browser costs a second, a page a few milliseconds. No browser is downloaded: the machine's chromium package runs
/// (.ci/run installs it with apt when missing); SWARMNET_CHROMIUM names another executable.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    // Without the background-networking flags Chromium keeps calling home, and this machine's closed network refuses it.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public SwarmNetFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SWARMNET_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: install Debian's package (apt-get install chromium), as .ci/run does.");
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // A shared 2-core machine answers slowly at times: expectations wait as long as actions do.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh browser context (its own cookies), French unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = locale, ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
