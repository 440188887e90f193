using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>An affiliation agreement over HTTP: both signatures, its fees and commitments picked up by Royalties and Obligations, an amendment, notice and exit.</summary>
public sealed class AffiliationEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _w = null!;

    public async Task InitializeAsync() =>
        _w = await LicenceWorld.CreateAsync(_factory, "La Conciergerie Solidaire", "La Conciergerie Solidaire", "STEP", "conciergerie");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Both_parties_sign_and_royalties_and_obligations_pick_the_agreement_up_then_notice_opens_the_signs_exit()
    {
        var id = await _w.DraftAffiliationAsync(AffiliationHttp.Content("2026-11-01", null, "La Conciergerie Solidaire", exclusive: true));
        await LicenceWorld.Ok(await _w.HeadAdmin.PutAsJsonAsync($"/api/affiliations/{id}", new
        {
            version = 1, content = AffiliationHttp.Content("2026-11-01", AffiliationHttp.Fees("2026-11-01"), "La Conciergerie Solidaire", exclusive: true),
        }), HttpStatusCode.OK);
        var forbidden = await _w.StructureAdmin.PutAsJsonAsync($"/api/affiliations/{id}", new { version = 2, content = AffiliationHttp.Content("2026-11-01", null, "x") });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var half = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{id}/signature", new { version = 2 }), HttpStatusCode.OK);
        Assert.Equal(("draft", "grantor"), (half.GetProperty("status").GetString(), half.GetProperty("contract").GetProperty("awaitingSignatureOf")[0].GetString()));
        var active = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/affiliations/{id}/signature", new { version = 3 }), HttpStatusCode.OK);
        Assert.Equal(("active", "STEP", "La Conciergerie Solidaire"), (active.GetProperty("status").GetString(),
            active.GetProperty("affiliate").GetProperty("name").GetString(), active.GetProperty("networkName").GetString()));
        Assert.Equal(("visualCharter", "monthly"), (active.GetProperty("content").GetProperty("distinctiveSigns")[1].GetProperty("kind").GetString(),
            active.GetProperty("content").GetProperty("services")[0].GetProperty("cost").GetProperty("per").GetString()));

        // The fees become a royalty agreement, the commitments occurrences on the structure's calendar.
        var agreement = await AffiliationHttp.EventuallyAsync(() => ReadOrEmptyAsync(_w.StructureAdmin, $"/api/royalties/agreements/{id}"),
            a => a.ValueKind == JsonValueKind.Object);
        Assert.Equal("affiliation", agreement.GetProperty("contractKind").GetString());
        var calendar = await AffiliationHttp.EventuallyAsync(() => _w.StructureAdmin.GetFromJsonAsync<JsonElement>(
            $"/api/obligations/organizations/{_w.Structure}/occurrences?contractId={id}"), c => c.GetProperty("total").GetInt32() > 0);
        Assert.Equal("RAPPORT", calendar.GetProperty("items")[0].GetProperty("code").GetString());

        var proposed = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/affiliations/{id}/amendments",
            new { version = active.GetProperty("version").GetInt32(), effectiveDate = "2027-01-01", summary = "Cotisation ramenée à 900 €" }), HttpStatusCode.Created);
        var signedByStructure = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{id}/amendments/1/signature",
            new { version = proposed.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        var amended = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/affiliations/{id}/amendments/1/signature",
            new { version = signedByStructure.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, amended.GetProperty("contract").GetProperty("amendments")[0].GetProperty("signedAt").ValueKind);

        var notice = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{id}/termination",
            new { version = amended.GetProperty("version").GetInt32(), ground = "Départ du réseau" }), HttpStatusCode.OK);
        var exit = notice.GetProperty("contract").GetProperty("exitChecklist").EnumerateArray().Select(i => i.GetProperty("item").GetString()).ToList();
        Assert.Equal(["brandUse", "stock", "data", "sign1", "sign2"], exit);
        foreach (var item in exit)
            await LicenceWorld.Ok(await _w.StructureAdmin.PutAsJsonAsync($"/api/affiliations/{id}/exit-checklist/{item}", new { done = true, note = "Fait" }),
                HttpStatusCode.OK);
        Assert.True((await _w.HeadAdmin.GetFromJsonAsync<JsonElement>($"/api/affiliations/{id}")).GetProperty("exitComplete").GetBoolean());
    }

    [Fact]
    public async Task Parties_read_the_agreement_the_affiliate_signs_but_a_member_does_not_and_others_get_404()
    {
        var id = await _w.DraftAffiliationAsync(AffiliationHttp.Content("2026-12-01", null, "La Conciergerie Solidaire"));
        await _factory.UserAsync("membre.step@tests.swarmnet.invalid", false, new ActorMembership(_w.Structure, Roles.StructureMember));
        var member = await _factory.ClientAsync("membre.step@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/affiliations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/affiliations/{id}/signature", new { version = 1 })).StatusCode);

        var other = await _factory.OrganizationAsync("Autre structure");
        await _factory.UserAsync("admin.autre@tests.swarmnet.invalid", false, new ActorMembership(other, Roles.StructureAdmin));
        var outsider = await _factory.ClientAsync("admin.autre@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/affiliations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/affiliations/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(0, (await outsider.GetFromJsonAsync<JsonElement>("/api/affiliations")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await member.GetFromJsonAsync<JsonElement>($"/api/affiliations?structureId={_w.Structure}&status=draft")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_input_names_each_field()
    {
        var invalid = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync("/api/affiliations", new
        {
            grantorOrganizationId = _w.Head, affiliateOrganizationId = _w.Structure,
            content = new
            {
                distinctiveSigns = new[] { new { kind = "logo", brand = "Simplon", onExit = "return" } },
                services = new[] { new { kind = "purchasingCentre", label = "", cost = new { amount = -1, per = "yearly" } } },
                exclusive = false,
                term = new { effectiveDate = "2026-12-01" },
                royaltyTerms = new { effectiveDate = "2026-12-01", periodicity = "annual", royaltyYear = "contract", vatRate = 0.2, components = Array.Empty<object>() },
            },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["/content/services/0/label", "/content/services/0/cost/amount", "/content/royaltyTerms/components"],
            invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    private static async Task<JsonElement> ReadOrEmptyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }
}
