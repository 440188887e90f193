using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The licence lifecycle over HTTP: draft → edit → sign (active at once) → amend → terminate, with the error shapes.</summary>
public sealed class LicenceEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "swarmnet-tests", "documents-" + Guid.NewGuid().ToString("N"));
    private HttpClient _client = null!;
    private Guid _head;
    private Guid _step;

    public async Task InitializeAsync()
    {
        await _factory.UserAsync("admin@tests.swarmnet.invalid", platformAdmin: true);
        _client = _factory.WithWebHostBuilder(b => b.UseSetting("Documents:Root", _documents)).CreateClient();
        await _client.SignInAsync("admin@tests.swarmnet.invalid");
        _head = await CreateAsync("/api/network/organizations", new { name = "Les Triporteurs", kind = "networkHead", legalForm = "associationLoi1901", city = "Bordeaux" });
        _step = await CreateAsync("/api/network/organizations", new { name = "STEP", kind = "localStructure", legalForm = "scic", city = "Pau" });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    private async Task<Guid> CreateAsync(string url, object body)
    {
        var response = await _client.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static object Content(string effectiveDate, object? royaltyTerms) => new
    {
        brand = new { name = "Les Triporteurs", inpiNumber = "4512345", niceClasses = new[] { 39 }, activities = new[] { "Livraison à vélo cargo" } },
        territory = new { communes = new[] { "64445" }, description = "Pau" },
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
    public async Task Draft_sign_amend_and_terminate_over_http()
    {
        var drafted = await _client.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _head, licenseeOrganizationId = _step, content = Content("2026-11-01", null),
        });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var draft = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal($"/api/licences/{id}", drafted.Headers.Location?.ToString());
        Assert.Equal("draft", draft.GetProperty("status").GetString());

        var unsigned = await _client.PostAsJsonAsync($"/api/licences/{id}/signature", new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Equal("/content/royaltyTerms", (await unsigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("path").GetString());

        var edited = await _client.PutAsJsonAsync($"/api/licences/{id}", new { version = 1, content = Content("2026-11-01", Royalties) });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var stale = await _client.PutAsJsonAsync($"/api/licences/{id}", new { version = 1, content = Content("2026-11-01", Royalties) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        var signed = await (await _client.PostAsJsonAsync($"/api/licences/{id}/signature", new { version = 2 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", signed.GetProperty("status").GetString());
        Assert.Equal(0.05m, signed.GetProperty("content").GetProperty("royaltyTerms").GetProperty("components")[0].GetProperty("rate").GetDecimal());

        var amended = await _client.PostAsJsonAsync($"/api/licences/{id}/amendments",
            new { version = signed.GetProperty("version").GetInt32(), effectiveDate = "2027-01-01", summary = "Ajout de Billère" });
        Assert.Equal(HttpStatusCode.Created, amended.StatusCode);
        var withAmendment = await amended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, withAmendment.GetProperty("amendments")[0].GetProperty("number").GetInt32());

        var terminated = await (await _client.PostAsJsonAsync($"/api/licences/{id}/termination",
            new { version = withAmendment.GetProperty("version").GetInt32(), ground = "Non-paiement", on = "2027-02-28" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("terminated", terminated.GetProperty("status").GetString());
        Assert.Equal("2027-02-28", terminated.GetProperty("termination").GetProperty("on").GetString());

        var page = await _client.GetFromJsonAsync<JsonElement>($"/api/licences?status=terminated&structureId={_step}&brand=les%20triporteurs&page=1&pageSize=5");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_unknown_licences_are_404()
    {
        var response = await _client.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _step, licenseeOrganizationId = _step,
            content = new { brand = new { name = "", niceClasses = new[] { 46 }, activities = new[] { "x" } }, territory = new { communes = new[] { "6444" } },
                exclusive = false, sublicensingAllowed = false, term = new { effectiveDate = "2026-11-01" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["/content/brand/name", "/content/brand/niceClasses/0", "/content/territory/communes/0", "/grantorOrganizationId"], paths);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/licences/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/licences?status=ongoing")).StatusCode);
    }

    [Fact]
    public async Task A_signed_pdf_is_uploaded_as_the_body_and_downloaded_unchanged()
    {
        var drafted = await _client.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = _head, licenseeOrganizationId = _step, content = Content("2026-11-01", Royalties),
        });
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var pdf = "%PDF-1.7 licence signée"u8.ToArray();
        using var body = new ByteArrayContent(pdf);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");

        var uploaded = await _client.PostAsync($"/api/licences/{id}/documents?fileName=licence.pdf", body);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pdf.Length, document.GetProperty("sizeBytes").GetInt32());

        var download = await _client.GetAsync(uploaded.Headers.Location);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        using var text = new StringContent("bonjour");
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsync($"/api/licences/{id}/documents?fileName=a.txt", text)).StatusCode);
    }
}
