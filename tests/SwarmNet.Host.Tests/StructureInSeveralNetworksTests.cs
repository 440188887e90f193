using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// STEP in two networks over HTTP: La Conciergerie Solidaire registered it; Les Triporteurs looks its SIRET up, registers
/// it again and is attached to the same organisation, then drafts an affiliation agreement with it. SIRETs as INSEE checks them.
/// </summary>
public sealed class StructureInSeveralNetworksTests : IAsyncLifetime
{
    private const string StepSiret = "55208131766522";
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _conciergerie = null!;
    private HttpClient _triporteurs = null!;
    private Guid _triporteursHead;

    public async Task InitializeAsync()
    {
        _conciergerie = await LicenceWorld.CreateAsync(_factory, "La Conciergerie Solidaire", "La Conciergerie Solidaire", "STEP", "conciergerie");
        _triporteursHead = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        await _factory.SendAsSystemAsync(new CreateNetwork(_triporteursHead, "Les Triporteurs", ["Les Triporteurs"], null, null, null));
        await _factory.UserAsync("triporteurs@tests.swarmnet.invalid", false, new ActorMembership(_triporteursHead, Roles.NetworkStaff));
        _triporteurs = await _factory.ClientAsync("triporteurs@tests.swarmnet.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<HttpResponseMessage> RegisterAsync(HttpClient client, string name, string siret) =>
        client.PostAsJsonAsync("/api/network/organizations", new { name, kind = "localStructure", legalForm = "entrepriseInsertion", iaeApproval = "EI 64", siret, city = "Pau" });

    [Fact]
    public async Task A_second_registration_of_the_same_siret_attaches_never_duplicates()
    {
        // STEP's SIRET, given by the structure itself.
        var step = await LicenceWorld.Ok(await _conciergerie.StructureAdmin.GetAsync($"/api/network/organizations/{_conciergerie.Structure}"), HttpStatusCode.OK);
        await LicenceWorld.Ok(await _conciergerie.StructureAdmin.PutAsJsonAsync($"/api/network/organizations/{_conciergerie.Structure}", new
        {
            version = step.GetProperty("version").GetInt32(), name = "STEP", legalForm = "entrepriseInsertion", iaeApproval = "EI 64", siret = StepSiret, city = "Pau",
        }), HttpStatusCode.OK);

        var found = await LicenceWorld.Ok(await _triporteurs.GetAsync($"/api/network/organizations/lookup?siret={StepSiret}"), HttpStatusCode.OK);
        Assert.Equal((_conciergerie.Structure, false), (found.GetProperty("id").GetGuid(), found.GetProperty("attached").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await _triporteurs.GetAsync($"/api/network/organizations/{_conciergerie.Structure}")).StatusCode);

        var attached = await LicenceWorld.Ok(await RegisterAsync(_triporteurs, "STEP Pau", StepSiret), HttpStatusCode.OK);
        Assert.Equal((_conciergerie.Structure, "STEP"), (attached.GetProperty("id").GetGuid(), attached.GetProperty("name").GetString()));
        await LicenceWorld.Ok(await RegisterAsync(_triporteurs, "STEP", StepSiret), HttpStatusCode.OK);
        var seen = await _triporteurs.GetFromJsonAsync<JsonElement>("/api/network/organizations?search=STEP");
        Assert.Equal([_conciergerie.Structure], seen.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));

        // Its details stay STEP's; the second network contracts with the same organisation.
        Assert.Equal(HttpStatusCode.Forbidden, (await _triporteurs.PutAsJsonAsync($"/api/network/organizations/{_conciergerie.Structure}", new
        {
            version = attached.GetProperty("version").GetInt32(), name = "Autre nom", legalForm = "entrepriseInsertion", iaeApproval = "EI 64", siret = StepSiret,
        })).StatusCode);
        var affiliation = await _triporteurs.PostAsJsonAsync("/api/affiliations", new
        {
            grantorOrganizationId = _triporteursHead, affiliateOrganizationId = _conciergerie.Structure,
            content = AffiliationHttp.Content("2027-01-01", null, "Les Triporteurs"),
        });
        Assert.Equal(HttpStatusCode.Created, affiliation.StatusCode);
    }

    [Fact]
    public async Task A_siret_whose_siren_fails_its_key_is_refused_and_the_lookup_says_which_field()
    {
        var refused = await LicenceWorld.Ok(await RegisterAsync(_triporteurs, "Structure", "78778932879214"), HttpStatusCode.BadRequest);
        Assert.Equal("/siret", refused.GetProperty("errors")[0].GetProperty("path").GetString());
        var lookup = await LicenceWorld.Ok(await _triporteurs.GetAsync("/api/network/organizations/lookup?siret=78778932879214"), HttpStatusCode.BadRequest);
        Assert.Equal("/siret", lookup.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _triporteurs.GetAsync($"/api/network/organizations/lookup?siret={StepSiret}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _conciergerie.StructureAdmin.GetAsync($"/api/network/organizations/lookup?siret={StepSiret}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(_triporteurs, "STEP", StepSiret)).StatusCode);
    }
}
