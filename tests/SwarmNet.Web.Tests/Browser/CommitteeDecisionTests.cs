using System.Globalization;
using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// On the demo data, Simplon (the lead of the fabrique in Pau) records a steering committee meeting with a decision: a
/// decision without its title is named beside its field; once recorded, the meeting lists it with who follows it up and by when.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class CommitteeDecisionTests(DemoHost demo)
{
    private const string Lead = "admin.simplon@demo.swarmnet.invalid";

    [Fact]
    public async Task The_lead_records_a_meeting_with_a_decision_and_sees_it_listed()
    {
        // The lead follows the decision up itself: no other persona's calendar gains an obligation.
        var due = DateOnly.FromDateTime(demo.Browser.Factory.Clock.GetUtcNow().UtcDateTime).AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var page = await demo.SignedInAsync(Lead);
        await page.GotoAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fabrique numérique Simplon de Pau" }).First.ClickAsync();
        await page.WaitForCircuitAsync();
        await page.GetByText("Consigner une réunion du comité").ClickAsync();
        await page.GetByLabel("Participant·es (un par ligne)").FillAsync("Simplon\nSTEP\nRégion Nouvelle-Aquitaine");
        await page.GetByLabel("Compte rendu").FillAsync("Bilan du trimestre et suite de la fabrique.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une décision" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la réunion" }).ClickAsync();
        var row = page.Locator(".decision-row").First;
        await Assertions.Expect(row.Locator(".mud-input-error").First).ToContainTextAsync("Décision de 1 à 150 caractères.");
        await page.ShowsNoBarrierAsync("network-head-18-meeting-decision-errors");

        await page.GetByLabel("Décision 1", new() { Exact = true }).FillAsync("Ouvrir une deuxième promotion");
        await row.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Simplon (chef de file)" }).ClickAsync();
        await page.GetByLabel("Échéance (décision 1)").FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la réunion" }).ClickAsync();
        await Assertions.Expect(page.Locator(".meetings")).ToContainTextAsync($"Ouvrir une deuxième promotion — suivie par Simplon, échéance le {due}");
        await page.ShowsNoBarrierAsync("network-head-19-meeting-decision");
    }
}
