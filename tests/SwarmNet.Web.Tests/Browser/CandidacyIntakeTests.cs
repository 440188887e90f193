using System.Net.Http.Json;
using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>The head's staff open a candidacy from the pipeline, the structure found by its SIRET.</summary>
public sealed class CandidacyIntakeTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string StaffEmail = "accueil@tests.swarmnet.invalid";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task The_heads_staff_open_a_candidacy_for_a_structure_found_by_its_siret()
    {
        var head = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Bordeaux"));
        await host.Factory.UserAsync(StaffEmail, false, new ActorMembership(head.Id, Roles.NetworkStaff));
        // Registered (or attached, when another head registered it first) by the head's staff: the head sees it from then on.
        var staff = await host.Factory.ClientAsync(StaffEmail);
        (await staff.PostAsJsonAsync("/api/network/organizations",
            new { name = "STEP", kind = "localStructure", legalForm = "scic", siret = "73282932000074", city = "Pau" })).EnsureSuccessStatusCode();
        var network = await host.Factory.SendAsSystemAsync(new CreateNetwork(head.Id, "Les Triporteurs", ["Les Triporteurs"], "Livraison à vélo cargo", null, null));

        var page = await host.NewPageAsync();
        await page.SignInAsync(StaffEmail);
        await page.GotoAsync($"/networks/{network.Id}/pipeline");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle candidature" }).ClickAsync();
        await page.GetByLabel("SIRET de la structure").FillAsync("73282932000074");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher par SIRET" }).ClickAsync();
        await Assertions.Expect(page.Locator(".structure-choice")).ToContainTextAsync("STEP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la candidature" }).ClickAsync();
        await Assertions.Expect(page.Locator(".new-candidacy .mud-input-error").First).ToBeVisibleAsync(); // the module asks for the model
        await page.GetByLabel("Modèle essaimé").FillAsync("Vélo-cargo");
        await page.GetByLabel("Territoire").FillAsync("Pau");
        await page.GetByLabel("Source (salon, recommandation…) et commentaire").FillAsync("Salon de l'ESS");
        await page.ShowsNoBarrierAsync("network-head-13-new-candidacy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la candidature" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidature de STEP" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Premier contact");

        // The DIP given: the module asks for the day and the document, then the gate reads it.
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le DIP" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error")).ToContainTextAsync("Indiquez la date de remise du document.");
        await page.GetByLabel("Remis le").FillAsync("02/01/2026");
        await page.GetByLabel("Comptes annuels des deux derniers exercices").CheckAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Choisir le DIP (PDF)" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "dip.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "dip.pdf" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le DIP" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Remis le 02/01/2026")).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-14-disclosure");
    }

    [Fact]
    public async Task A_structure_already_registered_elsewhere_is_attached_before_its_candidacy_opens()
    {
        const string email = "accueil@conciergeries.tests.swarmnet.invalid";
        var head = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Conciergeries solidaires", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Lyon"));
        await host.Factory.SendAsSystemAsync(new RegisterOrganization("Régie de quartier Saint-Michel", OrganizationKind.LocalStructure, LegalForm.AssociationLoi1901,
            "55208131766522", null, null, "Bordeaux"));
        await host.Factory.UserAsync(email, false, new ActorMembership(head.Id, Roles.NetworkStaff));
        var network = await host.Factory.SendAsSystemAsync(new CreateNetwork(head.Id, "Conciergeries solidaires", ["La Conciergerie"], "Conciergerie de quartier", null, null));

        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync($"/networks/{network.Id}/pipeline");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle candidature" }).ClickAsync();
        await page.ShowsNoBarrierAsync("network-head-15-new-candidacy-empty");
        await page.GetByLabel("Modèle essaimé").FillAsync("Conciergerie solidaire");
        await page.GetByLabel("Territoire").FillAsync("Bordeaux");
        await page.GetByLabel("Source (salon, recommandation…) et commentaire").FillAsync("Recommandée par la Régie de Pau");
        await page.GetByLabel("SIRET de la structure").FillAsync("55208131766522");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher par SIRET" }).ClickAsync();
        await Assertions.Expect(page.Locator(".new-candidacy")).ToContainTextAsync("est déjà inscrite sur SwarmNet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la candidature" }).ClickAsync();
        await Assertions.Expect(page.Locator(".new-candidacy")).ToContainTextAsync("Choisissez la structure"); // not attached yet: nothing opens
        await page.GetByRole(AriaRole.Button, new() { Name = "Rattacher Régie de quartier Saint-Michel" }).ClickAsync();
        await Assertions.Expect(page.Locator(".structure-choice")).ToContainTextAsync("Régie de quartier Saint-Michel");
        await Assertions.Expect(page.Locator(".new-candidacy")).ToContainTextAsync("est rattachée à votre tête de réseau");
        await page.ShowsNoBarrierAsync("network-head-15-attach-structure");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la candidature" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidature de Régie de quartier Saint-Michel" })).ToBeVisibleAsync();
    }
}
