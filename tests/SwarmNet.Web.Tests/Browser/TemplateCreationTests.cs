using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The network head writes its standard contracts from the network page: a licence with a tiered royalty component and a second obligation (first sent
/// untitled, the module names the field), then a partnership and an affiliation agreement; all are listed. A member who does not manage sees no action.
/// </summary>
public sealed class TemplateCreationTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    private const string HeadEmail = "modeles@tests.swarmnet.invalid", AccountantEmail = "compta.modeles@tests.swarmnet.invalid";
    private NetworkDto _network = null!;

    public async Task InitializeAsync()
    {
        var head = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Bordeaux"));
        await host.Factory.UserAsync(HeadEmail, false, new ActorMembership(head.Id, Roles.NetworkAdmin));
        await host.Factory.UserAsync(AccountantEmail, false, new ActorMembership(head.Id, Roles.Accountant));
        _network = await host.Factory.SendAsSystemAsync(new CreateNetwork(head.Id, "Les Triporteurs", ["Les Triporteurs"], "Livraison à vélo cargo", null, null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_network_head_creates_templates_of_the_three_kinds_from_the_network_page()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(HeadEmail);
        await page.GotoAsync($"/networks/{_network.Id}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByText("Aucun modèle : créez-en un avec les boutons ci-dessus.")).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("templates-01-network-empty");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau modèle de licence" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau modèle de licence" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await page.ShowsNoBarrierAsync("templates-02-licence-form");
        await page.GetByLabel("Nom du modèle").FillAsync("Licence vélo cargo");
        await page.GetByLabel("Numéro INPI").FillAsync("4512345");
        await page.GetByLabel("Classes de Nice (séparées par des virgules)").FillAsync("39");
        await page.GetByLabel("Activités concédées (séparées par des virgules)").FillAsync("Livraison à vélo cargo");
        // A second royalty component, a tiered scale: its default brackets appear once the type is chosen.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une composante" }).ClickAsync();
        var tiered = page.GetByTestId("royalty-component").Nth(1);
        await tiered.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "barème par tranches" }).ClickAsync();
        await Assertions.Expect(tiered.GetByTestId("tier-bracket")).ToHaveCountAsync(2);
        await tiered.GetByLabel("Libellé").FillAsync("Redevance progressive");
        await tiered.GetByLabel("Tranche 2 : taux (%)").FillAsync("2");
        await page.ShowsNoBarrierAsync("templates-02b-licence-tiered-royalty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une obligation" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("obligation-row")).ToHaveCountAsync(2);

        // The second obligation has no title yet: the module refuses, and says so under that field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le modèle" }).ClickAsync();
        var second = page.GetByTestId("obligation-row").Nth(1);
        await Assertions.Expect(second).ToContainTextAsync("Entre 1 et 150 caractères.");
        await Assertions.Expect(page.GetByText("Entre 1 et 150 caractères.")).ToHaveCountAsync(1);
        await page.ShowsNoBarrierAsync("templates-03-licence-field-error");
        await second.GetByLabel("Intitulé").FillAsync("Attestation d'assurance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le modèle" }).ClickAsync();

        await page.WaitForURLAsync($"**/networks/{_network.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Licence vélo cargo" })).ToContainTextAsync("licence");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau modèle de contrat de partenariat" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau modèle de contrat de partenariat" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Nom du modèle").FillAsync("Fabrique partagée");
        await page.GetByLabel("Objectif commun").FillAsync("Livrer à vélo cargo avec des personnes en insertion.");
        await page.ShowsNoBarrierAsync("templates-04-partnership-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le modèle" }).ClickAsync();

        await page.WaitForURLAsync($"**/networks/{_network.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Fabrique partagée" })).ToContainTextAsync("contrat de partenariat");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau modèle de convention d'affiliation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau modèle de convention d'affiliation" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Nom du modèle").FillAsync("Affiliation vélo cargo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un service" }).ClickAsync();
        await page.GetByTestId("service-row").GetByLabel("Intitulé").FillAsync("Formation des coursiers");
        await page.ShowsNoBarrierAsync("templates-05-affiliation-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le modèle" }).ClickAsync();

        await page.WaitForURLAsync($"**/networks/{_network.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Affiliation vélo cargo" })).ToContainTextAsync("convention d'affiliation");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Licence vélo cargo" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("templates-06-network-listed");

        var accountant = await host.NewPageAsync();
        await accountant.SignInAsync(AccountantEmail);
        await accountant.GotoAsync($"/networks/{_network.Id}");
        await Assertions.Expect(accountant.GetByRole(AriaRole.Row, new() { Name = "Licence vélo cargo" })).ToBeVisibleAsync();
        await Assertions.Expect(accountant.GetByRole(AriaRole.Link, new() { Name = "Nouveau modèle de licence" })).ToHaveCountAsync(0);
        await accountant.GotoAsync($"/networks/{_network.Id}/templates/new/licence");
        await Assertions.Expect(accountant.GetByText("Seule l'équipe de la tête de réseau crée ses modèles.")).ToBeVisibleAsync();
        await Assertions.Expect(accountant.GetByRole(AriaRole.Button, new() { Name = "Créer le modèle" })).ToHaveCountAsync(0);
        await accountant.ShowsNoBarrierAsync("templates-07-not-for-the-accountant");
    }
}
