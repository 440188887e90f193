using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Collective programmes over HTTP: La Conciergerie Solidaire defines its purchasing programme, STEP joins it on its agreement, the head sees who takes part.</summary>
public sealed class ProgrammeEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _w = null!;

    private string Programmes => $"/api/affiliations/networks/{_w.Network}/programmes";

    public async Task InitializeAsync() =>
        _w = await LicenceWorld.CreateAsync(_factory, "La Conciergerie Solidaire", "La Conciergerie Solidaire", "STEP", "conciergerie");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_network_defines_a_programme_the_agreement_records_the_join_and_the_network_sees_who_takes_part()
    {
        var invalid = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync(Programmes, new { kind = "lottery", name = "" }), HttpStatusCode.BadRequest);
        Assert.Contains("/kind", invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        var created = await _w.HeadAdmin.PostAsJsonAsync(Programmes, new { kind = "purchasing", name = "Achats groupés", description = "Fournitures et produits d'entretien" });
        var programme = (await LicenceWorld.Ok(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await _w.StructureAdmin.PostAsJsonAsync(Programmes, new { kind = "training", name = "Formation" })).StatusCode);

        var agreement = await _w.DraftAffiliationAsync(AffiliationHttp.Content("2026-11-01", null, "La Conciergerie Solidaire"));
        await _w.SignAffiliationAsync(agreement);
        var joined = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{agreement}/programmes", new { programmeId = programme }),
            HttpStatusCode.OK);
        Assert.Equal(("Achats groupés", "purchasing"), (joined.GetProperty("programmes")[0].GetProperty("name").GetString(),
            joined.GetProperty("programmes")[0].GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{agreement}/programmes", new { programmeId = programme })).StatusCode);

        var participants = await _w.HeadAdmin.GetFromJsonAsync<JsonElement>($"{Programmes}/{programme}/participants");
        Assert.Equal([("STEP", "active")], participants.EnumerateArray().Select(p => (p.GetProperty("affiliate").GetProperty("name").GetString(), p.GetProperty("status").GetString())));
        Assert.Equal(1, (await _w.HeadAdmin.GetFromJsonAsync<JsonElement>(Programmes))[0].GetProperty("participants").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await _w.StructureAdmin.GetAsync($"{Programmes}/{programme}/participants")).StatusCode);

        var left = await LicenceWorld.Ok(await _w.StructureAdmin.DeleteAsync($"/api/affiliations/{agreement}/programmes/{programme}"), HttpStatusCode.OK);
        Assert.Equal(0, left.GetProperty("programmes").GetArrayLength());
        Assert.Equal(0, (await _w.HeadAdmin.GetFromJsonAsync<JsonElement>($"{Programmes}/{programme}/participants")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await _w.HeadAdmin.GetAsync($"{Programmes}/{Guid.CreateVersion7()}/participants")).StatusCode);
    }
}
