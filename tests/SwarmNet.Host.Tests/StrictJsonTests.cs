using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Request bodies are read strictly, for every module at once (the host's JSON options): a missing required field,
/// a duplicate key, a number as a string or a combined enum is a 400 at its path, and nothing is written.
/// </summary>
public sealed class StrictJsonTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _factory.AdminClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("""{"name":"x"}""", "/kind,/legalForm")]
    [InlineData("""{"name":"x","kind":"localStructure"}""", "/legalForm")]
    [InlineData("""{"kind":"localStructure","legalForm":"associationLoi1901"}""", "/name")]
    [InlineData("""{"name":null,"kind":"localStructure","legalForm":"associationLoi1901"}""", "/name")]
    [InlineData("""{"name":"x","kind":"localStructure","legalForm":"associationLoi1901","name":"y"}""", "/name")]
    [InlineData("""{"name":"x","kind":"localStructure","legalForm":"associationLoi1901","Name":"y"}""", "/name")]
    [InlineData("""{"name":"x","kind":"localStructure,networkHead","legalForm":"associationLoi1901"}""", "/kind")]
    [InlineData("""{"name":"x","kind":1,"legalForm":"associationLoi1901"}""", "/kind")]
    [InlineData("""{"name":"x","kind":"localStructure","legalForm":"associationLoi1901","referent":{"name":"A","name":"B","role":"r","email":"a@b.fr","dedicatedTimePercent":10}}""", "/referent/name")]
    public async Task A_loose_body_is_refused_at_its_path_and_creates_nothing(string json, string paths)
    {
        var response = await _client.PostAsync("/api/network/organizations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(paths.Split(','), problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/network/organizations");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused()
    {
        var created = await (await _client.PostAsJsonAsync("/api/network/organizations",
            new { name = "STEP", kind = "localStructure", legalForm = "associationLoi1901" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        var response = await _client.PutAsync($"/api/network/organizations/{id}", new StringContent(
            """{"version":"1","name":"STEP Pau","legalForm":"associationLoi1901"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/version", problem.GetProperty("errors")[0].GetProperty("path").GetString());
        var read = await _client.GetFromJsonAsync<JsonElement>($"/api/network/organizations/{id}");
        Assert.Equal("STEP", read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_missing_fields_are_named_in_french_and_english()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/organizations")
        {
            Content = new StringContent("""{"name":"x"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var french = await (await _client.PostAsync("/api/network/organizations",
            new StringContent("""{"name":"x"}""", Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Required field.", english.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("Champ obligatoire.", french.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
