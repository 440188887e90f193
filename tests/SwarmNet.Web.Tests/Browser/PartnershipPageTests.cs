using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// Partnerships on the demo data: STEP's referente opens Simplon's fabrique in Pau and reads each partner's
/// contributions, the steering committee's meetings and the milestones; recording a meeting is the lead's, and the page
/// says so in the module's words.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class PartnershipPageTests(DemoHost demo)
{
    [Fact]
    public async Task A_partner_reads_what_everyone_contributes_and_only_the_lead_records_a_meeting()
    {
        var page = await demo.SignedInAsync(Personas.Structure);
        await page.GotoAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fabrique numérique Simplon de Pau" }).First.ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apports des partenaires" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jalons et livrables" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".meetings li").First).ToContainTextAsync("Réunion n°");
        await page.ShowsNoBarrierAsync("structure-11-partnership");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Indicateurs d'impact pour les financeurs (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Code;Indicateur;Unité;Agrégation", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1, "the funders' CSV holds the demo's indicator values");

        await page.GetByText("Consigner une réunion du comité").ClickAsync();
        await page.GetByLabel("Participant·es (un par ligne)").FillAsync("Référente STEP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la réunion" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Seul le chef de file consigne les réunions du comité de pilotage.");
        await page.ShowsNoBarrierAsync("structure-12-partnership-meeting-refused");
    }
}
