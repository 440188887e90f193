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

/// <summary>The network head records the DIP it gave STEP the usual way (a multipart form), and STEP reads it.</summary>
public sealed class DisclosureEndpointTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.7 document d'information précontractuelle"u8.ToArray();

    private readonly SwarmNetFactory _factory = new();
    private HttpClient _staff = null!;
    private HttpClient _step = null!;
    private Guid _candidacy;

    public async Task InitializeAsync()
    {
        var head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        var step = await _factory.OrganizationAsync("STEP");
        await _factory.UserAsync("staff@triporteurs.invalid", false, new ActorMembership(head, Roles.NetworkStaff));
        await _factory.UserAsync("admin@step.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        var network = await _factory.SendAsSystemAsync(new CreateNetwork(head, "Les Triporteurs", ["Les Triporteurs"], null, null, null));
        _candidacy = (await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, step, "Livraison à vélo cargo", "Pau"))).Id;
        _staff = await _factory.ClientAsync("staff@triporteurs.invalid");
        _step = await _factory.ClientAsync("admin@step.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static MultipartFormDataContent Form(string givenOn, byte[] file, string contentType, params string[] headings)
    {
        var form = new MultipartFormDataContent { { new StringContent(givenOn), "givenOn" } };
        foreach (var heading in headings)
            form.Add(new StringContent(heading), "headings");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", "dip-2026.pdf");
        return form;
    }

    [Fact]
    public async Task A_multipart_upload_records_the_disclosure_and_the_structure_reads_it()
    {
        var today = DateOnly.FromDateTime(_factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        // What curl -F sends for a file it cannot type: application/octet-stream; the bytes say PDF.
        using var form = Form(today, Pdf, "application/octet-stream", "headIdentity", "networkState", "networkMembers,annualAccounts");
        var response = await _staff.PostAsync($"/api/network/candidacies/{_candidacy}/disclosure", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var recorded = JsonDocument.Parse(body).RootElement;
        Assert.Equal("application/pdf", recorded.GetProperty("document").GetProperty("contentType").GetString());
        Assert.False(recorded.GetProperty("complete").GetBoolean());
        Assert.Equal(["contractTerms"], recorded.GetProperty("headings").EnumerateArray()
            .Where(h => !h.GetProperty("covered").GetBoolean()).Select(h => h.GetProperty("code").GetString()));

        var read = await _step.GetFromJsonAsync<JsonElement>($"/api/network/candidacies/{_candidacy}/disclosure");
        Assert.Equal(today, read.GetProperty("givenOn").GetString());
        Assert.Equal(Pdf, await _step.GetByteArrayAsync($"/api/network/candidacies/{_candidacy}/disclosure/document"));
        var forbidden = await _step.PostAsync($"/api/network/candidacies/{_candidacy}/disclosure", Form(today, Pdf, "application/pdf"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_too_large_a_file_gets_413_naming_the_limit()
    {
        using var future = Form("2999-01-01", [0x4D, 0x5A], "application/x-msdownload", "nothing");
        var invalid = await _staff.PostAsync($"/api/network/candidacies/{_candidacy}/disclosure", future);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["/givenOn", "/headings/0"], errors);

        using var json = JsonContent.Create(new { givenOn = "2026-01-01" });
        var notAForm = await _staff.PostAsync($"/api/network/candidacies/{_candidacy}/disclosure", json);
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Contains("multipart/form-data", await notAForm.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var large = Form("2026-01-01", [.. "%PDF"u8, .. new byte[11 * 1024 * 1024]], "application/pdf");
        var tooLarge = await _staff.PostAsync($"/api/network/candidacies/{_candidacy}/disclosure", large);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("10 Mo", (await tooLarge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_multipart_body()
    {
        var admin = await _factory.AdminClientAsync();
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var content = document.GetProperty("paths").GetProperty("/api/network/candidacies/{candidacyId}/disclosure").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content");
        var schema = content.GetProperty("multipart/form-data").GetProperty("schema");
        var text = schema.ToString() + document.GetProperty("components").ToString();
        Assert.Contains("\"binary\"", text, StringComparison.Ordinal);
        Assert.Contains("givenOn", text, StringComparison.Ordinal);
        Assert.Contains("headings", text, StringComparison.Ordinal);
    }
}
