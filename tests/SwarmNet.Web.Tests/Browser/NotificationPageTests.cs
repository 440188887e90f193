using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Notifications;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>The bell counts what is unread; the list marks one or all read, and following a notification's link reads it.</summary>
public sealed class NotificationPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_person_reads_their_notifications_from_the_bell()
    {
        var organization = await host.Factory.OrganizationAsync("Simplon Pau");
        var email = $"{Guid.NewGuid():N}@tests.swarmnet.invalid";
        await host.Factory.UserAsync(email, false, new ActorMembership(organization, Roles.StructureAdmin));
        await host.Factory.SendAsSystemAsync(new Notify(
        [
            new Notice(organization, [Roles.StructureAdmin], "tests:1", new("Rapport annuel à rendre", "Annual report due"),
                new("Le rapport d'activité est attendu le 31/03.", "The activity report is due on 31/03."), "/me"),
            new Notice(organization, [Roles.StructureAdmin], "tests:2", new("Attestation d'assurance", "Insurance certificate"),
                new("Pensez à déposer l'attestation.", "Remember to hand in the certificate."))
        ]));

        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        await page.WaitForCircuitAsync();
        var bell = page.GetByTestId("notification-bell");
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 2 non lue(s)");
        await bell.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("li.unread")).ToHaveCountAsync(2);
        await page.ShowsNoBarrierAsync("everyone-08-notifications");

        await page.GetByRole(AriaRole.Button, new() { Name = "Marquer comme lu : Attestation d'assurance" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.unread")).ToHaveCountAsync(1);
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 1 non lue(s)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rapport annuel à rendre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mon profil" })).ToBeVisibleAsync();
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications");
    }
}
