using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>A network head onboards STEP through the API, each step by the person whose job it is.</summary>
public sealed class PipelineEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private Guid _head;
    private HttpClient _admin = null!;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        _head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        await _factory.UserAsync("admin@triporteurs.invalid", false, new ActorMembership(_head, Roles.NetworkAdmin));
        await _factory.UserAsync("staff@triporteurs.invalid", false, new ActorMembership(_head, Roles.NetworkStaff));
        _admin = await _factory.ClientAsync("admin@triporteurs.invalid");
        _staff = await _factory.ClientAsync("staff@triporteurs.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task From_lead_to_contracting_with_the_readiness_gate()
    {
        var network = await Json(await _admin.PostAsJsonAsync("/api/network/networks",
            new { ownerOrganizationId = _head, name = "Les Triporteurs", brands = new[] { "Les Triporteurs" } }), HttpStatusCode.Created);
        var networkId = network.GetProperty("id").GetGuid();
        var step = await Json(await _staff.PostAsJsonAsync("/api/network/organizations",
            new { name = "STEP", kind = "localStructure", legalForm = "entrepriseInsertion", city = "Pau", iaeApproval = "EI 64" }), HttpStatusCode.Created);
        var stepId = step.GetProperty("id").GetGuid();
        Assert.Equal(_head, step.GetProperty("registeredByOrganizationId").GetGuid());

        var candidacy = await Json(await _staff.PostAsJsonAsync($"/api/network/networks/{networkId}/candidacies",
            new { structureId = stepId, model = "Livraison à vélo cargo", territory = "Pau" }), HttpStatusCode.Created);
        var id = candidacy.GetProperty("id").GetGuid();
        await Json(await Move(id, "qualification"), HttpStatusCode.OK);
        await Json(await Move(id, "readiness"), HttpStatusCode.OK);

        var refused = await Json(await Move(id, "contracting"), HttpStatusCode.BadRequest);
        Assert.Equal(6, refused.GetProperty("errors").GetArrayLength());
        Assert.Equal("/checklist/0", refused.GetProperty("errors")[0].GetProperty("path").GetString());

        foreach (var item in candidacy.GetProperty("checklist").EnumerateArray())
            await Json(await _staff.PutAsJsonAsync($"/api/network/candidacies/{id}/checklist/{item.GetProperty("id").GetGuid()}",
                new { done = true, note = "Vu en comité", date = "2026-11-20" }), HttpStatusCode.OK);
        var contracting = await Json(await Move(id, "contracting"), HttpStatusCode.OK);
        Assert.Equal("contracting", contracting.GetProperty("stage").GetString());
        Assert.Equal(["stageChanged", "stageChanged", "stageChanged", .. Enumerable.Repeat("itemTicked", 6), "stageChanged"],
            contracting.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));

        var pipeline = await _admin.GetFromJsonAsync<JsonElement>($"/api/network/networks/{networkId}/pipeline?stuckAfterDays=30");
        var stage = pipeline.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "contracting");
        Assert.Equal(1, stage.GetProperty("count").GetInt32());

        var list = await _staff.GetFromJsonAsync<JsonElement>($"/api/network/networks/{networkId}/candidacies?stage=contracting&sort=structure");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("STEP", list.GetProperty("items")[0].GetProperty("structureName").GetString());
    }

    [Fact]
    public async Task Staff_do_not_create_networks_and_bad_stages_are_named()
    {
        var forbidden = await _staff.PostAsJsonAsync("/api/network/networks", new { ownerOrganizationId = _head, name = "X", brands = new[] { "X" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var network = await Json(await _admin.PostAsJsonAsync("/api/network/networks",
            new { ownerOrganizationId = _head, name = "Réseau", brands = new[] { "Marque" } }), HttpStatusCode.Created);
        var badStage = await _admin.GetAsync($"/api/network/networks/{network.GetProperty("id").GetGuid()}/candidacies?stage=nowhere");
        var problem = await Json(badStage, HttpStatusCode.BadRequest);
        Assert.Equal("/stage", problem.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_network_head_edits_the_structure_it_registered_with_optimistic_concurrency()
    {
        var step = await Json(await _staff.PostAsJsonAsync("/api/network/organizations",
            new { name = "STEP", kind = "localStructure", legalForm = "scop", city = "Pau" }), HttpStatusCode.Created);
        var url = $"/api/network/organizations/{step.GetProperty("id").GetGuid()}";
        var edit = new
        {
            version = 1, name = "STEP Pau", legalForm = "entrepriseInsertion", iaeApproval = "EI 64", city = "Pau", postalCode = "64000",
            referent = new { name = "Référente STEP", role = "Directrice adjointe", email = "referente@step.invalid", dedicatedTimePercent = 30 },
        };

        var updated = await Json(await _staff.PutAsJsonAsync(url, edit), HttpStatusCode.OK);
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(30, updated.GetProperty("referent").GetProperty("dedicatedTimePercent").GetInt32());
        await Json(await _staff.PutAsJsonAsync(url, edit), HttpStatusCode.Conflict);
    }

    private Task<HttpResponseMessage> Move(Guid id, string to) =>
        _staff.PostAsJsonAsync($"/api/network/candidacies/{id}/transitions", new { to, comment = "comité du mardi" });

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
