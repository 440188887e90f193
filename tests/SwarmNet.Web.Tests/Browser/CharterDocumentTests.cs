using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The network head publishes a charter version as a PDF from its network page (a version without its file is refused
/// beside the file picker), sees it listed with its document, and downloads it from the version's page.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class CharterDocumentTests(DemoHost demo)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task The_network_head_publishes_a_charter_version_as_a_pdf_and_sees_it_listed()
    {
        var page = await demo.SignedInAsync(Personas.NetworkHead);
        await page.GotoAsync("/networks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Les Triporteurs", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versions de la charte" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await page.GetByText("Publier une version sous forme de document (PDF)").ClickAsync();
        await page.GetByLabel("Objet de la nouvelle version").FillAsync("Charte graphique 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le document" }).ClickAsync();
        await Assertions.Expect(page.Locator("#charter-document-file-errors p").First).ToBeVisibleAsync(); // no file: the module names it

        var chooser = await page.RunAndWaitForFileChooserAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Choisir le document de la charte (PDF)" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "charte-2027.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "charte-2027.pdf" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le document" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Charte graphique 2027" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        var number = (await row.GetByRole(AriaRole.Link).First.TextContentAsync())!.Split(' ')[^1];
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = $"PDF de la version {number}" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-16-charter-document-published");

        await row.GetByRole(AriaRole.Link, new() { Name = $"Version {number}", Exact = true }).ClickAsync();
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Télécharger charte-2027.pdf" });
        await Assertions.Expect(download).ToBeVisibleAsync();
        var response = await page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.Equal(Pdf, await response.BodyAsync());
        await page.ShowsNoBarrierAsync("network-head-17-charter-version-document");
    }
}
