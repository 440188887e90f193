using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// Each persona's home on the demo data (the README shows these screenshots), and the structure's evidence journey:
/// from what is due next to an occurrence with its evidence file, handed in.
/// </summary>
public sealed class PersonaHomeTests(DemoHost demo) : IClassFixture<DemoHost>
{
    private const string Structure = "referente.step@demo.swarmnet.invalid";
    private const string NetworkHead = "reseau.triporteurs@demo.swarmnet.invalid";
    private const string Accountant = "comptable.triporteurs@demo.swarmnet.invalid";

    // The smallest file the document rules take as a PDF: its magic number and an end marker.
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await demo.Browser.NewPageAsync();
        await page.SignInAsync(email, demo.Password);
        await page.WaitForCircuitAsync();
        return page;
    }

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
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "attestation-rc.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.GetByText("attestation-rc.pdf")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer l'échéance" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("déposée");
        await page.ShowsNoBarrierAsync("structure-02-occurrence-submitted");
    }
}
