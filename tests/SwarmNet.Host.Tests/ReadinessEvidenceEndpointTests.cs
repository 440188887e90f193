using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>STEP documents its readiness over HTTP: no tick without evidence, no evidence from the future, each tick in the history.</summary>
public sealed class ReadinessEvidenceEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _step = null!;
    private JsonElement _candidacy;

    public async Task InitializeAsync()
    {
        var head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        var step = await _factory.OrganizationAsync("STEP");
        await _factory.UserAsync("referente@step.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        var network = await _factory.SendAsSystemAsync(new CreateNetwork(head, "Les Triporteurs", ["Les Triporteurs"], null, null, null,
            [new ChecklistTemplateItem("REFERENT", "Référent·e désigné·e", true), new ChecklistTemplateItem("INSURANCE", "Attestation d'assurance", true, true)]));
        var id = (await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, step, "Livraison à vélo cargo", "Pau"))).Id;
        _step = await _factory.ClientAsync("referente@step.invalid");
        _candidacy = await _step.GetFromJsonAsync<JsonElement>($"/api/network/candidacies/{id}");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private string Item(int index) =>
        $"/api/network/candidacies/{_candidacy.GetProperty("id").GetGuid()}/checklist/{_candidacy.GetProperty("checklist")[index].GetProperty("id").GetGuid()}";

    private static async Task<List<string?>> ErrorPaths(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("path").GetString()).ToList();
    }

    [Fact]
    public async Task A_tick_without_evidence_is_refused()
    {
        Assert.Equal(["/note", "/date"], await ErrorPaths(await _step.PutAsJsonAsync(Item(0), new { done = true })));
        Assert.Equal(["/file"], await ErrorPaths(await _step.PutAsJsonAsync(Item(1), new { done = true, note = "MAIF", date = "2026-01-05" })));
    }

    [Fact]
    public async Task An_evidence_date_in_the_future_is_refused()
    {
        var tomorrow = DateOnly.FromDateTime(_factory.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(["/date"], await ErrorPaths(await _step.PutAsJsonAsync(Item(0), new { done = true, note = "Fiche de poste", date = tomorrow })));
        Assert.Equal(["/date"], await ErrorPaths(await _step.PutAsJsonAsync(Item(0), new { done = true, note = "Fiche de poste", date = "2030-01-01" })));
    }

    [Fact]
    public async Task The_tick_and_who_made_it_are_in_the_history_and_a_file_comes_by_multipart()
    {
        var ticked = await _step.PutAsJsonAsync(Item(0), new { done = true, note = "Fiche de poste signée", date = "2026-01-05" });
        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        using var form = new MultipartFormDataContent { { new StringContent("Attestation MAIF 2026"), "note" }, { new StringContent("2026-01-06"), "date" } };
        var file = new ByteArrayContent("%PDF-1.7 attestation"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "assurance.pdf");
        var uploaded = await _step.PostAsync(Item(1) + "/evidence", form);
        var body = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, body.ToString());

        var ticks = body.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "itemTicked").ToList();
        Assert.Equal([("Référent·e désigné·e", "referente", "Fiche de poste signée"), ("Attestation d'assurance", "referente", "Attestation MAIF 2026")],
            ticks.Select(t => (t.GetProperty("subject").GetString()!.Split(" (")[0], t.GetProperty("actorName").GetString(), t.GetProperty("comment").GetString())));
        Assert.Equal("assurance.pdf", body.GetProperty("checklist")[1].GetProperty("evidenceFile").GetProperty("fileName").GetString());
        Assert.Equal("%PDF-1.7 attestation"u8.ToArray(), await _step.GetByteArrayAsync(Item(1) + "/evidence"));
    }
}
