using System.Net;
using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>The pages end sessions as the API does (issue 9): signing out from the menu ends the server-side session.</summary>
public sealed class SessionPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Signing_out_from_the_menu_ends_the_session_so_a_copied_cookie_is_refused()
    {
        var organization = await host.Factory.OrganizationAsync("La Ressourcerie");
        var email = $"{Guid.NewGuid():N}@tests.swarmnet.invalid";
        await host.Factory.UserAsync(email, false, new ActorMembership(organization, Roles.StructureAdmin));
        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        using var copy = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}")));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/auth/me")).StatusCode);

        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu du compte" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/sign-in", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/auth/me")).StatusCode);
    }
}
