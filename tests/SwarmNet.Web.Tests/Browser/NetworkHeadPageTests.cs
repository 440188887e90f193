using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>The network head's pages over a real network: home, networks, pipeline board, candidacy, network page.</summary>
public sealed class NetworkHeadPageTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    private const string HeadEmail = "tete@tests.swarmnet.invalid";
    private NetworkDto _network = null!;
    private CandidacyDto _step = null!;

    public async Task InitializeAsync()
    {
        var head = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Bordeaux"));
        var step = await host.Factory.SendAsSystemAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.EntrepriseInsertion, null, null, null, "Pau", "EI 64"));
        var lyon = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Roule Ma Poule", OrganizationKind.LocalStructure, LegalForm.Scop, null, null, null, "Lyon"));
        await host.Factory.UserAsync(HeadEmail, false, new ActorMembership(head.Id, Roles.NetworkAdmin));
        _network = await host.Factory.SendAsSystemAsync(new CreateNetwork(head.Id, "Les Triporteurs", ["Les Triporteurs"], "Livraison à vélo cargo", null, null));
        _step = await host.Factory.SendAsSystemAsync(new OpenCandidacy(_network.Id, step.Id, "Vélo-cargo", "Pau"));
        _step = await host.Factory.SendAsSystemAsync(new MoveCandidacy(_step.Id, CandidacyStage.Qualification));
        var waiting = await host.Factory.SendAsSystemAsync(new OpenCandidacy(_network.Id, lyon.Id, "Vélo-cargo", "Lyon"));
        host.Factory.Clock.Advance(TimeSpan.FromDays(40));
        _ = waiting;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_network_head_follows_its_pipeline_and_a_candidacy()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(HeadEmail);
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vos réseaux" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-01-home");

        await page.GotoAsync($"/networks/{_network.Id}/pipeline");
        var stuck = page.Locator(".pipeline-card.stuck");
        await Assertions.Expect(stuck).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Qualification (1)" }) })).ToContainTextAsync("STEP");
        await page.ShowsNoBarrierAsync("network-head-02-pipeline");

        await page.GetByRole(AriaRole.Link, new() { Name = "STEP" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidature de STEP" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await page.ShowsNoBarrierAsync("network-head-03-candidacy");

        // The handler's rule, not the page's: Contracting is refused while mandatory readiness items are open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Passer en « Préparation »" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Préparation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Passer en « Contractualisation »" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Préparation");

        await page.GotoAsync($"/networks/{_network.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prérequis de lancement" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-04-network");
        await page.GotoAsync("/networks");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Les Triporteurs" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-05-networks");
    }
}
