using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The licence lifecycle over HTTP: each party signs with its own account, amendments too, and notice takes effect on its day.</summary>
public sealed class LicenceEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _w = null!;

    public async Task InitializeAsync() => _w = await LicenceWorld.CreateAsync(_factory, "Les Triporteurs", "Les Triporteurs", "STEP", "triporteurs");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    internal static object Content(string effectiveDate, object? royaltyTerms, string brand = "Les Triporteurs", string commune = "64445") => new
    {
        brand = new { name = brand, inpiNumber = "4512345", niceClasses = new[] { 39 }, activities = new[] { "Livraison à vélo cargo" } },
        territory = new { communes = new[] { commune }, description = "Pau" },
        exclusive = true,
        sublicensingAllowed = false,
        term = new { effectiveDate, endDate = "2029-10-31", tacitRenewal = true, renewalMonths = 12, noticeDays = 90 },
        royaltyTerms,
        obligationTerms = new[] { new { code = "DECL-CA", title = "Déclaration mensuelle", category = "reporting", actor = "grantee", evidence = "declaration",
            schedule = new { kind = "afterPeriodEnd", days = 15 } } },
        exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Non-paiement" }, brandUse = "Retrait sous 30 jours", stock = "Rachat", data = "Restitution" },
    };

    internal static readonly object Royalties = new
    {
        effectiveDate = "2026-11-01", periodicity = "monthly", royaltyYear = "contract", vatRate = 0.20,
        components = new object[]
        {
            new { type = "percentage", label = "Redevance de marque", account = "royalty", rate = 0.05, categories = new[] { "livraison" } },
            new { type = "oneOff", label = "Droit d'entrée", account = "fee", amount = 3000.00, date = "2026-11-01" },
        },
        rampUp = new[] { new { fromMonth = 1, toMonth = 6, discount = 0.5 } },
    };

    [Fact]
    public async Task Both_parties_sign_amend_and_the_licensee_gives_notice_that_takes_effect_on_its_day()
    {
        var id = await _w.DraftAsync(Content("2026-11-01", null));
        var unsigned = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/licences/{id}/signature", new { version = 1 }), HttpStatusCode.BadRequest);
        Assert.Equal("/content/royaltyTerms", unsigned.GetProperty("errors")[0].GetProperty("path").GetString());
        await LicenceWorld.Ok(await _w.HeadAdmin.PutAsJsonAsync($"/api/licences/{id}", new { version = 1, content = Content("2026-11-01", Royalties) }), HttpStatusCode.OK);
        var stale = await _w.HeadAdmin.PutAsJsonAsync($"/api/licences/{id}", new { version = 1, content = Content("2026-11-01", Royalties) });
        Assert.Equal((HttpStatusCode.Conflict, "application/problem+json"), (stale.StatusCode, stale.Content.Headers.ContentType?.MediaType));

        // One signature alone leaves it a draft awaiting the other party.
        var half = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/licences/{id}/signature", new { version = 2 }), HttpStatusCode.OK);
        Assert.Equal(("draft", "grantee"), (half.GetProperty("status").GetString(), half.GetProperty("awaitingSignatureOf")[0].GetString()));
        var signed = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/licences/{id}/signature", new { version = 3 }), HttpStatusCode.OK);
        Assert.Equal("active", signed.GetProperty("status").GetString());
        Assert.Equal(["grantor", "grantee"], signed.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("party").GetString()));
        Assert.Equal("triporteurs.structure", signed.GetProperty("signatures")[1].GetProperty("signedBy").GetString());

        var proposed = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/licences/{id}/amendments",
            new { version = signed.GetProperty("version").GetInt32(), effectiveDate = "2027-01-01", summary = "Ajout de Billère" }), HttpStatusCode.Created);
        var amendment = proposed.GetProperty("amendments")[0];
        Assert.Equal((1, JsonValueKind.Null), (amendment.GetProperty("number").GetInt32(), amendment.GetProperty("signedAt").ValueKind));
        var first = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/licences/{id}/amendments/1/signature",
            new { version = proposed.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        var both = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"/api/licences/{id}/amendments/1/signature",
            new { version = first.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, both.GetProperty("amendments")[0].GetProperty("signedAt").ValueKind);

        // The licensee gives notice for 31 March 2027 (90 days' notice from 23 November 2026 allows 21 February at the earliest).
        var notice = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/licences/{id}/termination",
            new { version = both.GetProperty("version").GetInt32(), ground = "Cessation d'activité", on = "2027-03-31" }), HttpStatusCode.OK);
        Assert.Equal(("active", "2027-03-31", "grantee"), (notice.GetProperty("status").GetString(),
            notice.GetProperty("notice").GetProperty("terminatesOn").GetString(), notice.GetProperty("notice").GetProperty("givenFor").GetString()));

        _factory.Clock.Advance(TimeSpan.FromDays(127)); // 30 March 2027
        await _factory.RunJobAsync("licences.daily-lifecycle");
        Assert.Equal("active", (await ReadAsync(id)).GetProperty("status").GetString());
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await _factory.RunJobAsync("licences.daily-lifecycle");
        var ended = await ReadAsync(id);
        Assert.Equal(("terminated", "2027-03-31"), (ended.GetProperty("status").GetString(), ended.GetProperty("termination").GetProperty("on").GetString()));
        var page = await (await _factory.ClientAsync("triporteurs.tete@tests.swarmnet.invalid")).GetFromJsonAsync<JsonElement>(
            $"/api/licences?status=terminated&structureId={_w.Structure}&brand=les%20triporteurs&page=1&pageSize=5");
        Assert.Equal((1, id), (page.GetProperty("total").GetInt32(), page.GetProperty("items")[0].GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Notice_shorter_than_the_exit_terms_allow_is_refused_with_the_earliest_date()
    {
        var id = await _w.DraftAsync(Content("2026-11-01", Royalties));
        var active = await _w.SignBothAsync(id);
        var early = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/licences/{id}/termination",
            new { version = active.GetProperty("version").GetInt32(), ground = "Cessation d'activité", on = "2026-12-31" }), HttpStatusCode.BadRequest);
        var error = early.GetProperty("errors")[0];
        Assert.Equal(("/on", "Préavis de 90 jours : la résiliation peut prendre effet au plus tôt le 21/02/2027."),
            (error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));
        Assert.Equal("active", (await ReadAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_unknown_licences_are_404()
    {
        var response = await _w.HeadAdmin.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _w.Structure, licenseeOrganizationId = _w.Structure,
            content = new { brand = new { name = "", niceClasses = new[] { 46 }, activities = new[] { "x" } }, territory = new { communes = new[] { "6444" } },
                exclusive = false, sublicensingAllowed = false, term = new { effectiveDate = "2026-11-01" } },
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // a grantor the caller is no member of: 404, as for any outsider
        var admin = await _factory.AdminClientAsync();
        var invalid = await LicenceWorld.Ok(await admin.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _w.Structure, licenseeOrganizationId = _w.Structure,
            content = new { brand = new { name = "", niceClasses = new[] { 46 }, activities = new[] { "x" } }, territory = new { communes = new[] { "6444" } },
                exclusive = false, sublicensingAllowed = false, term = new { effectiveDate = "2026-11-01" } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["/content/brand/name", "/content/brand/niceClasses/0", "/content/territory/communes/0", "/grantorOrganizationId"],
            invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await _w.HeadAdmin.GetAsync($"/api/licences/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _w.HeadAdmin.GetAsync("/api/licences?status=ongoing")).StatusCode);
    }

    private async Task<JsonElement> ReadAsync(Guid id) =>
        await (await _factory.ClientAsync("triporteurs.structure@tests.swarmnet.invalid")).GetFromJsonAsync<JsonElement>($"/api/licences/{id}");
}
