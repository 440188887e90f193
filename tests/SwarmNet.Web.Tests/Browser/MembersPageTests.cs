using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>An organisation's admin manages its members and invitations; the module's rules answer, the page shows them.</summary>
public sealed class MembersPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string AdminEmail = "admin.membres@tests.swarmnet.invalid";

    [Fact]
    public async Task The_heads_admin_manages_its_members_and_invitations_under_the_last_admin_rule()
    {
        var head = await host.Factory.SendAsSystemAsync(new RegisterOrganization("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Bordeaux"));
        await host.Factory.UserAsync(AdminEmail, false, new ActorMembership(head.Id, Roles.NetworkAdmin));
        await host.Factory.UserAsync("equipe@tests.swarmnet.invalid", false, new ActorMembership(head.Id, Roles.NetworkStaff));

        var page = await host.NewPageAsync();
        await page.SignInAsync(AdminEmail);
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu du compte" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Membres de Les Triporteurs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Membres — Les Triporteurs" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator(".members")).ToContainTextAsync("equipe@tests.swarmnet.invalid");

        await page.GetByLabel("E-mail à inviter").FillAsync("nouvelle@tests.swarmnet.invalid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#role-errors p").First).ToBeVisibleAsync(); // the module's validator names the role
        await page.Locator(".invitations .mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Chargé·e de réseau" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        var invitation = page.Locator(".invitations tr", new() { HasText = "nouvelle@tests.swarmnet.invalid" });
        await Assertions.Expect(invitation).ToContainTextAsync("en attente");
        await page.ShowsNoBarrierAsync("network-head-12-members");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer l'invitation de nouvelle@tests.swarmnet.invalid" }).ClickAsync();
        await Assertions.Expect(invitation).ToContainTextAsync("retirée");

        // The only admin cannot step down: the module's rule answers, the page shows it.
        await page.Locator(".members tr", new() { HasText = AdminEmail }).Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Chargé·e de réseau" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error")).ToContainTextAsync("Règle du dernier administrateur");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer equipe" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".members")).Not.ToContainTextAsync("equipe@tests.swarmnet.invalid");
    }
}
