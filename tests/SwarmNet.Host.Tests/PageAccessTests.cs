using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The web app's pages, enumerated from the host's endpoints: a browser that is not signed in is sent to the sign-in page
/// (and back afterwards), except on the pages one opens before having an account; an API client still gets a 401 problem.
/// </summary>
public sealed partial class PageAccessTests : IAsyncLifetime
{
    private static readonly string[] OpenPages = ["/sign-in", "/invitations/accept", "/password/forgot", "/password/reset"];

    private readonly SwarmNetFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private HttpClient Browser()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    [Fact]
    public async Task Every_page_but_the_account_ones_sends_a_stranger_to_sign_in()
    {
        var pages = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => (Path: "/" + RouteParameter().Replace((e.RoutePattern.RawText ?? "").Trim('/'), _ => Guid.NewGuid().ToString()),
                Open: e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .ToList();
        Assert.True(pages.Count >= 8, string.Join(", ", pages));
        Assert.Equal(OpenPages.Order(), pages.Where(p => p.Open).Select(p => p.Path).Order());

        var browser = Browser();
        foreach (var (path, open) in pages)
        {
            var response = await browser.GetAsync(path);
            if (open)
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/sign-in?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
            }
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync("/me")).StatusCode);
    }

    [Fact]
    public async Task The_invitation_link_of_the_e_mail_opens_a_page_not_a_401()
    {
        var response = await Browser().GetAsync("/invitations/accept?token=inv_unknown");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Invitation introuvable, expirée ou déjà utilisée.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
