using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// Affiliations on the demo data: La Conciergerie Solidaire reads its network's charter versions, who acknowledged the
/// second (La Régie is late), its programme and STEP's agreement on the shared contract page; STEP reads its agreement.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class AffiliationPageTests(DemoHost demo)
{
    private const string ConciergerieAdmin = "admin.conciergerie@demo.swarmnet.invalid";

    [Fact]
    public async Task The_network_head_follows_its_charter_and_programmes_and_the_affiliate_reads_its_agreement()
    {
        var page = await demo.SignedInAsync(ConciergerieAdmin);
        await page.GotoAsync("/networks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Conciergeries solidaires" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versions de la charte" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Version 2" })).ToContainTextAsync("Usage du logo");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Achats groupés de produits d'entretien écologiques" })).ToContainTextAsync("achats groupés");
        await page.ShowsNoBarrierAsync("network-head-11-charter-and-programmes");

        // A programme defined and a third charter version published from the page; STEP acknowledges it below.
        await page.WaitForCircuitAsync();
        await page.GetByText("Définir un programme collectif").ClickAsync();
        await page.GetByLabel("Nom du programme").FillAsync("Formations des encadrant·es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Définir le programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Formations des encadrant·es" })).ToContainTextAsync("achats groupés");
        await page.GetByText("Publier une version de la charte").ClickAsync();
        await page.GetByLabel("Ce qui change").FillAsync("Accueil des bénévoles");
        await page.GetByLabel("Texte de la charte").FillAsync("Chaque conciergerie accueille des bénévoles avec un livret.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Version 3" })).ToContainTextAsync("0 / 3");
        await page.ShowsNoBarrierAsync("network-head-11b-charter-published");

        await page.GetByRole(AriaRole.Link, new() { Name = "Version 2", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Charte, version 2 : prises de connaissance" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Régie de quartier Saint-Michel" })).ToContainTextAsync("en retard");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "STEP" })).ToContainTextAsync("prise de connaissance faite");
        await page.ShowsNoBarrierAsync("network-head-12-charter-acknowledgements");

        await page.GetByRole(AriaRole.Link, new() { Name = "STEP" }).ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Charte du réseau" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("en vigueur");
        await page.ShowsNoBarrierAsync("network-head-13-affiliation");

        var structure = await demo.SignedInAsync(Personas.Structure);
        await structure.GotoAsync("/affiliations");
        await structure.GetByRole(AriaRole.Link, new() { Name = "Convention d'affiliation" }).First.ClickAsync();
        await Assertions.Expect(structure.GetByTestId("charter-2")).ToHaveTextAsync("prise de connaissance faite");
        await Assertions.Expect(structure.GetByTestId("charter-3")).ToHaveTextAsync("attendue");
        await structure.WaitForCircuitAsync();
        await structure.GetByRole(AriaRole.Button, new() { Name = "Prendre connaissance de la version 3" }).ClickAsync();
        await Assertions.Expect(structure.GetByTestId("charter-3")).ToHaveTextAsync("prise de connaissance faite");
        await structure.GetByRole(AriaRole.Button, new() { Name = "Participer au programme" }).ClickAsync();
        // Both of the network's programmes are now STEP's: nothing left to join.
        await Assertions.Expect(structure.GetByRole(AriaRole.Button, new() { Name = "Participer au programme" })).ToHaveCountAsync(0);
        await Assertions.Expect(structure.Locator("main")).ToContainTextAsync("Formations des encadrant·es (achats groupés)");
        await Assertions.Expect(structure.Locator("main")).ToContainTextAsync("Achats groupés de produits d'entretien écologiques (achats groupés)");
        await Assertions.Expect(structure.Locator(".content-lines")).ToContainTextAsync("Logiciel de conciergerie — 25,00 € HT par mois");
        await Assertions.Expect(structure.Locator(".content-lines")).ToContainTextAsync("La Conciergerie Solidaire (logo)");
        await structure.ShowsNoBarrierAsync("structure-10-affiliation");
        // Leaving the programme joined above makes it joinable again.
        await structure.GetByRole(AriaRole.Button, new() { Name = "Quitter « Formations des encadrant·es »" }).ClickAsync();
        await Assertions.Expect(structure.GetByRole(AriaRole.Button, new() { Name = "Participer au programme" })).ToHaveCountAsync(1);
        await Assertions.Expect(structure.Locator(".programmes")).Not.ToContainTextAsync("Formations des encadrant·es");
    }
}
