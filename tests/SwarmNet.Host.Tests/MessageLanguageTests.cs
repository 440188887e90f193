using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>What a person reads is French (English on request): framework errors, validation messages, stage names.</summary>
public sealed class MessageLanguageTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _staff = null!;
    private Guid _network;
    private Guid _step;

    public async Task InitializeAsync()
    {
        var head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        _step = await _factory.OrganizationAsync("STEP");
        _network = (await _factory.SendAsSystemAsync(new CreateNetwork(head, "Les Triporteurs", ["Les Triporteurs"], null, null, null))).Id;
        await _factory.UserAsync("staff@triporteurs.invalid", false, new ActorMembership(head, Roles.NetworkStaff));
        _staff = await _factory.ClientAsync("staff@triporteurs.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? language = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (language is not null)
            request.Headers.AcceptLanguage.ParseAdd(language);
        return await _staff.SendAsync(request);
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_answer_a_french_problem()
    {
        var notFound = await Problem(await SendAsync(HttpMethod.Get, "/api/network/nowhere"), HttpStatusCode.NotFound);
        Assert.Equal(("Introuvable", "Aucune ressource à cette adresse."), (notFound.GetProperty("title").GetString(), notFound.GetProperty("detail").GetString()));

        var wrongMethod = await Problem(await SendAsync(HttpMethod.Delete, "/api/network/networks"), HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Méthode non autorisée", wrongMethod.GetProperty("title").GetString());
        Assert.Contains("DELETE", wrongMethod.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_accept_language_en_they_are_english()
    {
        var notFound = await Problem(await SendAsync(HttpMethod.Get, "/api/network/nowhere", "en"), HttpStatusCode.NotFound);
        Assert.Equal(("Not found", "Nothing at this address."), (notFound.GetProperty("title").GetString(), notFound.GetProperty("detail").GetString()));
        var wrongMethod = await Problem(await SendAsync(HttpMethod.Delete, "/api/network/networks", "en"), HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Method not allowed", wrongMethod.GetProperty("title").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/network/networks/{_network}/candidacies")
        {
            Content = JsonContent.Create(new { structureId = _step, model = "", territory = "Pau" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var empty = await Problem(await _staff.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.Equal("This field is required.", empty.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Validation_messages_name_no_field_and_stages_go_by_their_french_names()
    {
        var empty = await Problem(await _staff.PostAsJsonAsync($"/api/network/networks/{_network}/candidacies",
            new { structureId = _step, model = "", territory = "Pau" }), HttpStatusCode.BadRequest);
        var error = empty.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("/model", "Ce champ est obligatoire."), (error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));

        var candidacy = await _factory.SendAsSystemAsync(new OpenCandidacy(_network, _step, "Livraison à vélo cargo", "Pau"));
        var skip = await Problem(await _staff.PostAsJsonAsync($"/api/network/candidacies/{candidacy.Id}/transitions", new { to = "readiness" }),
            HttpStatusCode.BadRequest);
        Assert.Equal("Passage impossible de l'étape « premier contact » à l'étape « préparation ».",
            skip.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
