using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Paging past its bounds and LIKE wildcards in searches, over the lists of every module.</summary>
public sealed class InputHygieneTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _factory.AdminClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/api/network/organizations?page=2147483647", "/page")]
    [InlineData("/api/network/organizations?page=10001", "/page")]
    [InlineData("/api/network/organizations?page=0", "/page")]
    [InlineData("/api/network/organizations?pageSize=101", "/pageSize")]
    [InlineData("/api/network/networks?page=2147483647", "/page")]
    [InlineData("/api/licences?page=2147483647&pageSize=100", "/page")]
    public async Task A_page_past_the_bounds_is_a_400_not_a_wrapped_offset(string url, string path)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([path], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task The_last_allowed_page_is_empty_not_the_first()
    {
        await _factory.OrganizationAsync("STEP");

        var page = await _client.GetFromJsonAsync<JsonElement>("/api/network/organizations?page=10000&pageSize=100");

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("%", "Réseau 100% Solidaire")]
    [InlineData("_", "Réseau Bio_Local")]
    [InlineData("[", "Réseau [Pau]")]
    [InlineData("\\", "Réseau A\\B")]
    public async Task Searching_networks_and_organisations_matches_wildcards_literally(string search, string expected)
    {
        foreach (var name in new[] { "Réseau 100% Solidaire", "Réseau Bio_Local", "Réseau [Pau]", "Réseau A\\B", "Réseau Ordinaire" })
        {
            var head = await _factory.OrganizationAsync(name, OrganizationKind.NetworkHead);
            await _factory.SendAsSystemAsync(new CreateNetwork(head, name, ["Marque " + name], null, null, null));
        }

        var networks = await _client.GetFromJsonAsync<JsonElement>($"/api/network/networks?search={Uri.EscapeDataString(search)}");
        var organizations = await _client.GetFromJsonAsync<JsonElement>($"/api/network/organizations?search={Uri.EscapeDataString(search)}");

        Assert.Equal([expected], networks.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal([expected], organizations.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("fdp\u202Eexe.pdf")]
    [InlineData("jeton\0nul")]
    [InlineData("deux\nlignes")]
    public async Task Token_and_organisation_names_refuse_control_and_bidirectional_characters(string name)
    {
        var token = await _client.PostAsJsonAsync("/api/auth/tokens", new { name });
        var organization = await _client.PostAsJsonAsync("/api/network/organizations", new { name, kind = "localStructure", legalForm = "other" });

        foreach (var response in new[] { token, organization })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(["/name"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        }
        Assert.Equal(0, (await _client.GetFromJsonAsync<JsonElement>("/api/auth/tokens")).GetArrayLength());
    }

    [Theory]
    [InlineData("%E2%80%AEfdp.exe")]
    [InlineData("..%2Flicence.pdf")]
    [InlineData("..")]
    [InlineData("CON.pdf")]
    [InlineData("nul")]
    [InlineData("licence%00.pdf")]
    [InlineData("licence%0A.pdf")]
    public async Task Document_file_names_refuse_paths_device_names_and_invisible_characters(string escapedName)
    {
        var world = await LicenceWorld.CreateAsync(_factory, "Les Triporteurs", "Les Triporteurs", "STEP", "hygiene");
        var licence = await world.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties));
        using var pdf = new ByteArrayContent("%PDF-1.7 signée"u8.ToArray());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");

        var response = await world.HeadAdmin.PostAsync($"/api/licences/{licence}/documents?fileName={escapedName}", pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["/fileName"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }
}
