using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class OrganizationEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _client = null!;

    // Organisations are listed and created by a platform admin here; who else may is the organisations' own rule.
    public async Task InitializeAsync() => _client = await _factory.AdminClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Creates_reads_and_lists_an_organization()
    {
        var created = await _client.PostAsJsonAsync("/api/network/organizations",
            new { name = "STEP", kind = "localStructure", legalForm = "scic", siret = "73282932000074", city = "Pau" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/network/organizations/{id}", created.Headers.Location?.ToString());
        Assert.Equal("localStructure", body.RootElement.GetProperty("kind").GetString());

        var read = await _client.GetFromJsonAsync<JsonElement>($"/api/network/organizations/{id}");
        Assert.Equal("Pau", read.GetProperty("city").GetString());

        var page = await _client.GetFromJsonAsync<JsonElement>("/api/network/organizations?page=1&pageSize=10&sort=-name&kind=localStructure");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_naming_each_field_in_french()
    {
        var response = await _client.PostAsJsonAsync("/api/network/organizations", new { name = "", kind = "localStructure", legalForm = "other", siret = "12345678901234" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Données invalides", problem.GetProperty("title").GetString());
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order().ToList();
        Assert.Equal(["/name", "/siret"], paths);
        Assert.Contains("SIRET", problem.GetProperty("errors").EnumerateArray().Last().GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_available_on_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/organizations")
        {
            Content = JsonContent.Create(new { name = "X", kind = "localStructure", siret = "1" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invalid data", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{\"name\":\"STEP\",\"kind\":\"nope\"}", "/kind")]
    [InlineData("{\"name\":\"STEP\",\"kind\":", "/kind")]
    [InlineData("not json", "")]
    public async Task Unreadable_json_is_a_400_not_a_500(string json, string path)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/network/organizations", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(path, problem.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Bad_paging_is_a_400()
    {
        var response = await _client.GetAsync("/api/network/organizations?pageSize=1000&sort=siret");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["/pageSize", "/sort"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
    }

    [Fact]
    public async Task Unknown_id_is_a_404_problem()
    {
        var response = await _client.GetAsync($"/api/network/organizations/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Organisation introuvable.", problem.GetProperty("detail").GetString());
    }
}
