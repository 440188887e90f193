using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SwarmNet.Host.Tests;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The network head drafts a partnership from a candidacy page: the head leads, the candidacy's structure hosts, a funder
/// found among the head's organisations joins; each signatory is named (the module's messages sit beside the fields left
/// empty) and the new contract's page lists the partners. The partnerships list offers the same form outside any candidacy.
/// </summary>
public sealed class PartnershipDraftingTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static object Template(Guid head) => new
    {
        grantorOrganizationId = head,
        name = "Fabrique standard",
        template = new
        {
            objective = "Former gratuitement aux métiers du numérique.",
            exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Manquement grave" }, brandUse = "Retrait sous 30 jours", stock = "Restitution", data = "Partage" },
            committee = new { cadence = "quarterly" },
            indicators = new[] { new { code = "TRAINEES", label = "Apprenant·es", unit = "personnes", aggregation = "sum" } },
        },
    };

    [Fact]
    public async Task The_network_head_drafts_a_partnership_from_a_candidacy_and_lands_on_its_contract()
    {
        var world = await LicenceWorld.CreateAsync(host.Factory, "Simplon Fabriques", "Simplon", "STEP", "partenariat");
        await LicenceWorld.Ok(await world.HeadAdmin.PostAsJsonAsync("/api/partnerships/templates", Template(world.Head)), HttpStatusCode.Created);
        await host.Factory.SendAsSystemAsync(new RegisterOrganization("Région Nouvelle-Aquitaine", OrganizationKind.LocalStructure, LegalForm.Other, null, null, null,
            "Bordeaux", OnBehalfOf: world.Head));

        var page = await host.NewPageAsync();
        await page.SignInAsync("partenariat.tete@tests.swarmnet.invalid");
        await page.GotoAsync($"/candidacies/{world.Candidacy}");
        await page.WaitForCircuitAsync();
        var form = page.Locator(".draft-partnership");
        await Assertions.Expect(form.GetByTestId("partner-1")).ToContainTextAsync("STEP");
        await page.GetByLabel("Rechercher une organisation à ajouter").FillAsync("Région");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter Région Nouvelle-Aquitaine" }).ClickAsync();
        await Assertions.Expect(form.GetByTestId("partner-2")).ToContainTextAsync("Région Nouvelle-Aquitaine");

        // Drafted with no signatory named for STEP nor the Région, nor anyone's quality: the module names each field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Rédiger le partenariat" }).ClickAsync();
        await Assertions.Expect(form.GetByTestId("partner-1").Locator(".mud-input-error").First).ToContainTextAsync("Nom du ou de la signataire, de 1 à 200 caractères.");
        await Assertions.Expect(form.GetByTestId("partner-0").Locator(".mud-input-error").First).ToContainTextAsync("Qualité du ou de la signataire");
        await page.ShowsNoBarrierAsync("network-head-16-partnership-drafting-errors");

        await page.GetByLabel("Qualité du ou de la signataire pour Simplon Fabriques", new() { Exact = true }).FillAsync("Directrice générale");
        await page.GetByLabel("Signataire pour STEP", new() { Exact = true }).FillAsync("Directeur STEP");
        await page.GetByLabel("Qualité du ou de la signataire pour STEP", new() { Exact = true }).FillAsync("Directeur");
        await page.GetByLabel("Signataire pour Région Nouvelle-Aquitaine", new() { Exact = true }).FillAsync("Vice-présidente formation");
        await page.GetByLabel("Qualité du ou de la signataire pour Région Nouvelle-Aquitaine", new() { Exact = true }).FillAsync("Vice-présidente");
        await page.GetByLabel("Titre du partenariat").FillAsync("Fabrique numérique de Pau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rédiger le partenariat" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/partnerships/", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("brouillon");
        await Assertions.Expect(page.Locator(".content-lines")).ToContainTextAsync("Simplon Fabriques (chef de file), STEP (structure d'accueil), Région Nouvelle-Aquitaine (partenaire associé)");
        await page.ShowsNoBarrierAsync("network-head-17-partnership-draft");

        // Outside any candidacy, the head drafts from its partnerships list: the same form, the head leading.
        await page.GotoAsync("/partnerships");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fabrique numérique de Pau" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rédiger un contrat de partenariat" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau contrat de partenariat" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".draft-partnership").GetByTestId("partner-0")).ToContainTextAsync("Simplon Fabriques");
        await Assertions.Expect(page.Locator(".draft-partnership").GetByTestId("partner-1")).ToHaveCountAsync(0);
        await page.ShowsNoBarrierAsync("network-head-20-partnership-draft-page");
    }
}
