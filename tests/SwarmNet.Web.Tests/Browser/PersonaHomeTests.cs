using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// Each persona's home on the demo data (the README shows these screenshots), and the structure's evidence journey:
/// from what is due next to an occurrence with its evidence file, handed in.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class PersonaHomeTests(DemoHost demo)
{
    private const string Structure = Personas.Structure;
    private const string NetworkHead = Personas.NetworkHead;
    private const string Accountant = Personas.Accountant;

    // The smallest file the document rules take as a PDF: its magic number and an end marker.
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private Task<IPage> SignedInAsync(string email) => demo.SignedInAsync(email);

    [Theory]
    [InlineData(NetworkHead, "network-head")]
    [InlineData(Accountant, "accountant")]
    public async Task Each_persona_lands_on_its_home(string email, string persona)
    {
        var page = await SignedInAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bonjour");
        await page.ShowsNoBarrierAsync($"home-{persona}");
    }

    [Fact]
    public async Task The_structure_sees_what_is_due_next_and_hands_in_an_occurrence_with_its_evidence()
    {
        var page = await SignedInAsync(Structure);
        var next = page.Locator("ul.occurrences a");
        await Assertions.Expect(next.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ShowsNoBarrierAsync("home-structure");

        await page.GotoAsync("/obligations");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier des échéances" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'adresse d'abonnement" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-address")).ToContainTextAsync(".ics");
        await page.ShowsNoBarrierAsync("structure-01-obligations");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rapport d'activité annuel" }).First.ClickAsync();
        await page.WaitForCircuitAsync();
        // As a person does: the button opens the file chooser (once the component is live), the file is picked there.
        var chooser = await page.RunAndWaitForFileChooserAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Joindre un justificatif (PDF, PNG, JPEG)" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "attestation-rc.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.Locator("li", new() { HasText = "attestation-rc.pdf" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer l'échéance" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("déposée");
        await page.ShowsNoBarrierAsync("structure-02-occurrence-submitted");
    }
}
