using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// An active affiliation agreement of the other structure with the other head (its candidacy already in contracting, its DIP
/// given, by <see cref="LicenceSamples"/>), signed by both parties, with a document, a template of that head, and the
/// network's charter acknowledged by the affiliate and its purchasing programme, which the affiliate joined.
/// </summary>
internal static class AffiliationSamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var (head, affiliate) = (world.HeadClient, world.StructureClient);
        var affiliation = world.Sample("affiliationId", await AccessWorld.IdOf(head.PostAsJsonAsync("/api/affiliations", new
        {
            grantorOrganizationId = world.Head, affiliateOrganizationId = world.Structure, candidacyId = world.Id("candidacyId"),
            content = AffiliationHttp.Content("2026-11-01", AffiliationHttp.Fees("2026-11-01"), "Autre Marque"),
        })));
        (await head.PostAsJsonAsync($"/api/affiliations/{affiliation}/signature", new { version = 1 })).EnsureSuccessStatusCode();
        (await affiliate.PostAsJsonAsync($"/api/affiliations/{affiliation}/signature", new { version = 2 })).EnsureSuccessStatusCode();
        using var pdf = new ByteArrayContent("%PDF-1.7 convention signée"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        (await head.PostAsync($"/api/affiliations/{affiliation}/documents?fileName=convention-autre.pdf", pdf)).EnsureSuccessStatusCode();
        (await head.PostAsJsonAsync("/api/affiliations/templates", new
        {
            grantorOrganizationId = world.Head, name = "Convention Autre Tête",
            distinctiveSigns = new[] { new { kind = "name", brand = "Autre Marque", onExit = "remove" } },
            exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Manquement" }, brandUse = "Retrait", stock = "Rachat", data = "Restitution" },
        })).EnsureSuccessStatusCode();
        // Its network's charter, version 1 as a document, acknowledged by the affiliate (route parameter "number" is 1).
        using var charter = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 charte autre"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        charter.Add(file, "file", "charte-autre.pdf");
        charter.Add(new StringContent("Charte Autre Tête"), "summary");
        (await head.PostAsync($"/api/affiliations/networks/{world.Id("networkId")}/charter/versions/document", charter)).EnsureSuccessStatusCode();
        (await affiliate.PostAsJsonAsync($"/api/affiliations/{affiliation}/charter/acknowledgements", new { number = 1 })).EnsureSuccessStatusCode();
        var programme = world.Sample("programmeId", await AccessWorld.IdOf(head.PostAsJsonAsync($"/api/affiliations/networks/{world.Id("networkId")}/programmes",
            new { kind = "purchasing", name = "Achats Autre Tête" })));
        (await affiliate.PostAsJsonAsync($"/api/affiliations/{affiliation}/programmes", new { programmeId = programme })).EnsureSuccessStatusCode();
        world.Secret("Convention Autre Tête", "convention-autre.pdf", "Charte Autre Tête", "charte-autre.pdf", "Achats Autre Tête");
    }
}
