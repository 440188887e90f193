using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Documents over HTTP: the usual multipart upload (curl -F file=@x.pdf), the raw body, a size limit that says its number.</summary>
public sealed class LicenceDocumentEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _w = null!;
    private Guid _licence;

    public async Task InitializeAsync()
    {
        _w = await LicenceWorld.CreateAsync(_factory, "Les Triporteurs", "Les Triporteurs", "STEP", "triporteurs");
        _licence = await _w.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_multipart_upload_is_kept_and_downloaded_unchanged()
    {
        var pdf = "%PDF-1.7 licence signée"u8.ToArray();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "licence-signée.pdf");

        var uploaded = await _w.StructureAdmin.PostAsync($"/api/licences/{_licence}/documents", form);
        var document = await LicenceWorld.Ok(uploaded, HttpStatusCode.Created);
        Assert.Equal((pdf.Length, "licence-signée.pdf", _licence), (document.GetProperty("sizeBytes").GetInt32(), document.GetProperty("fileName").GetString(),
            document.GetProperty("licenceId").GetGuid()));
        var download = await _w.HeadAdmin.GetAsync(uploaded.Headers.Location);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_raw_body_upload_still_works_and_a_wrong_type_names_its_field()
    {
        using var body = new ByteArrayContent("%PDF-1.7 annexe"u8.ToArray());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await LicenceWorld.Ok(await _w.HeadAdmin.PostAsync($"/api/licences/{_licence}/documents?fileName=annexe.pdf", body), HttpStatusCode.Created);

        using var text = new StringContent("bonjour");
        var refused = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsync($"/api/licences/{_licence}/documents?fileName=a.txt", text), HttpStatusCode.BadRequest);
        Assert.Equal("/contentType", refused.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_eleven_megabyte_file_is_refused_naming_the_limit()
    {
        var big = new byte[11 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(big);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(big);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "trop-gros.pdf");

        var response = await _w.HeadAdmin.PostAsync($"/api/licences/{_licence}/documents", form);
        var problem = await LicenceWorld.Ok(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Le fichier dépasse la taille maximale de 10 Mo.", problem.GetProperty("detail").GetString());
        using var raw = new ByteArrayContent(big);
        raw.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _w.HeadAdmin.PostAsync($"/api/licences/{_licence}/documents?fileName=x.pdf", raw)).StatusCode);
        Assert.Empty((await _w.HeadAdmin.GetFromJsonAsync<JsonElement>($"/api/licences/{_licence}/documents")).EnumerateArray());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_multipart_upload()
    {
        var admin = await _factory.AdminClientAsync();
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var upload = document.GetProperty("paths").GetProperty("/api/licences/{licenceId}/documents").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        var schema = upload.GetProperty("multipart/form-data").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        Assert.Equal("binary", schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
    }
}
