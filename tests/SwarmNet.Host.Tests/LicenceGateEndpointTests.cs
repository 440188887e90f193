using System.Net;
using System.Net.Http.Json;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The gates before signature, as the issue saw them over HTTP: a head licensing another network's brand, an overlap
/// refusal leaking another network's licence, a licence signed for a candidacy still in qualification.
/// </summary>
public sealed class LicenceGateEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _triporteurs = null!;
    private LicenceWorld _conciergerie = null!;

    public async Task InitializeAsync()
    {
        _triporteurs = await LicenceWorld.CreateAsync(_factory, "Les Triporteurs", "Les Triporteurs", "STEP", "triporteurs");
        _conciergerie = await LicenceWorld.CreateAsync(_factory, "La Conciergerie Solidaire", "La Conciergerie Solidaire", "Tiers-lieu La Fabrique", "conciergerie");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_head_cannot_license_another_networks_brand_and_learns_nothing_of_its_licences()
    {
        var steps = await _triporteurs.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties));
        await _triporteurs.SignBothAsync(steps);

        var foreign = await _conciergerie.HeadAdmin.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _conciergerie.Head, licenseeOrganizationId = _conciergerie.Structure,
            content = LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties),
        });
        var body = await foreign.Content.ReadAsStringAsync();
        var refused = await LicenceWorld.Ok(foreign, HttpStatusCode.BadRequest);
        Assert.Equal("/content/brand/name", refused.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(1, refused.GetProperty("errors").GetArrayLength());
        foreach (var secret in new[] { steps.ToString(), "STEP", "active", "en vigueur", "64445" })
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);

        // Its own brand, on the same commune, is its own business: no clash with another network's licence.
        var own = await _conciergerie.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties, "La Conciergerie Solidaire"));
        Assert.Equal("active", (await _conciergerie.SignBothAsync(own)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_overlap_refusal_names_a_rival_licence_only_to_its_own_network()
    {
        var steps = await _triporteurs.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties));
        var other = await _triporteurs.DraftAsync(LicenceEndpointTests.Content("2026-12-01", LicenceEndpointTests.Royalties, commune: "64335"));
        await _triporteurs.SignBothAsync(steps);
        // The head's staff see whose licence clashes; nobody outside the network sees anything of it.
        var edit = await _triporteurs.HeadAdmin.PutAsJsonAsync($"/api/licences/{other}",
            new { version = 1, content = LicenceEndpointTests.Content("2026-12-01", LicenceEndpointTests.Royalties) });
        var named = await LicenceWorld.Ok(edit, HttpStatusCode.BadRequest);
        Assert.Contains(steps.ToString(), named.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _conciergerie.HeadAdmin.GetAsync($"/api/licences/{steps}")).StatusCode);
    }

    [Fact]
    public async Task A_licence_for_a_candidacy_still_in_qualification_is_not_signed_and_the_error_names_what_blocks()
    {
        var candidacy = await _factory.SendAsSystemAsync(new OpenCandidacy(_triporteurs.Network, _triporteurs.Structure, "Livraison à vélo cargo", "Pau"));
        await _factory.SendAsSystemAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Qualification));
        var licence = await _triporteurs.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties), candidacy.Id);

        var refused = await LicenceWorld.Ok(await _triporteurs.HeadAdmin.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 1 }),
            HttpStatusCode.BadRequest);
        var errors = refused.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal("/candidacy/stage", errors[0].GetProperty("path").GetString());
        Assert.Contains("« qualification »", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(candidacy.Checklist.Count(i => i.Mandatory), errors.Count(e => e.GetProperty("path").GetString()!.StartsWith("/candidacy/openMandatoryItems/", StringComparison.Ordinal)));
        var after = await _factory.SendAsSystemAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal(CandidacyStage.Qualification, after.Stage);
        var read = await _triporteurs.HeadAdmin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/licences/{licence}");
        Assert.Equal(("draft", 0), (read.GetProperty("status").GetString(), read.GetProperty("signatures").GetArrayLength()));
    }

    [Fact]
    public async Task An_exclusive_licence_is_not_signed_before_twenty_full_days_after_the_disclosure_and_the_error_gives_the_first_date()
    {
        var velos = await LicenceWorld.CreateAsync(_factory, "Les Vélos Solidaires", "Les Vélos Solidaires", "Atelier du Gave", "velos", disclosed: false);
        var noFee = new { effectiveDate = "2027-01-01", periodicity = "monthly", royaltyYear = "contract", vatRate = 0.20,
            components = new object[] { new { type = "percentage", label = "Redevance", account = "royalty", rate = 0.05 } } };
        var licence = await velos.DraftAsync(LicenceEndpointTests.Content("2027-01-01", noFee, "Les Vélos Solidaires"), velos.Candidacy);

        var none = await LicenceWorld.Ok(await velos.HeadAdmin.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 1 }), HttpStatusCode.BadRequest);
        Assert.Equal("/disclosure", none.GetProperty("errors")[0].GetProperty("path").GetString());

        await Disclosures.PostAsync(velos.HeadAdmin, velos.Candidacy, new DateOnly(2026, 11, 18));
        var early = await LicenceWorld.Ok(await velos.StructureAdmin.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 1 }),
            HttpStatusCode.BadRequest);
        var error = early.GetProperty("errors")[0];
        Assert.Equal("/disclosure", error.GetProperty("path").GetString());
        Assert.Equal("DIP remis le 18/11/2026 : 20 jours pleins doivent séparer sa remise de la signature. Signature possible à partir du 09/12/2026.",
            error.GetProperty("message").GetString());

        _factory.Clock.Advance(TimeSpan.FromDays(16)); // 9 December 2026
        var again = velos with
        {
            HeadAdmin = await _factory.ClientAsync("velos.tete@tests.swarmnet.invalid"),
            StructureAdmin = await _factory.ClientAsync("velos.structure@tests.swarmnet.invalid"),
        };
        Assert.Equal("signed", (await again.SignBothAsync(licence)).GetProperty("status").GetString());
    }
}
