using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>Everyone's pages, in Debian's Chromium: sign-in, the invitation link, password reset, language, tokens, switcher.</summary>
public sealed partial class AccountPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string NewPassword = "un mot de passe tout neuf";

    private async Task<(Guid Organization, string Email)> MemberAsync(string name, string role = Roles.StructureAdmin)
    {
        var organization = await host.Factory.OrganizationAsync(name);
        var email = $"{Guid.NewGuid():N}@tests.swarmnet.invalid";
        await host.Factory.UserAsync(email, false, new ActorMembership(organization, role));
        return (organization, email);
    }

    [Fact]
    public async Task An_anonymous_visitor_signs_in_and_lands_where_they_were_going()
    {
        var (_, email) = await MemberAsync("Les Triporteurs Palois");
        var page = await host.NewPageAsync();

        await page.GotoAsync("/me");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.ShowsNoBarrierAsync("everyone-01-sign-in");

        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("pas le bon mot de passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-mail ou mot de passe incorrect");

        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Testing.AccessHttp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/me", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mon profil" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("everyone-02-profile");
    }

    [Fact]
    public async Task The_invitation_link_opens_a_page_that_sets_the_password_and_signs_in()
    {
        var (organization, adminEmail) = await MemberAsync("Simplon Pau");
        var admin = await host.Factory.ClientAsync(adminEmail);
        var invitee = $"{Guid.NewGuid():N}@tests.swarmnet.invalid";
        (await admin.PostAsJsonAsync($"/api/network/organizations/{organization}/invitations", new { email = invitee, role = Roles.StructureMember }))
            .EnsureSuccessStatusCode();
        var link = LinkIn(await MailToAsync(invitee), "/invitations/accept");

        var page = await host.NewPageAsync();
        var response = await page.GotoAsync(link);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rejoindre Simplon Pau" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("everyone-03-invitation");

        await page.GetByLabel("Votre nom").FillAsync("Camille Martin");
        await page.GetByLabel("Choisissez un mot de passe").FillAsync("court");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator("#password-error")).ToContainTextAsync("12 caractères");

        await page.GetByLabel("Choisissez un mot de passe").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour Camille Martin" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("everyone-04-home-after-invitation");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_a_single_use_link()
    {
        var (_, email) = await MemberAsync("La Conciergerie Solidaire");
        var page = await host.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await page.ShowsNoBarrierAsync("everyone-05-forgot-password");

        await page.GetByLabel("Adresse e-mail").FillAsync("personne@tests.swarmnet.invalid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le lien" }).ClickAsync();
        var unknownAnswer = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await page.GotoAsync("/password/forgot");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le lien" }).ClickAsync();
        Assert.Equal(unknownAnswer, await page.GetByRole(AriaRole.Status).InnerTextAsync());

        var link = LinkIn(await MailToAsync(email), "/password/reset");
        await page.GotoAsync(link);
        await page.ShowsNoBarrierAsync("everyone-06-reset-password");
        await page.GetByLabel("Nouveau mot de passe").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre mot de passe a été changé");
        await page.SignInAsync(email, NewPassword);

        var again = await host.NewPageAsync();
        await again.GotoAsync(link);
        await again.GetByLabel("Nouveau mot de passe").FillAsync("encore un autre mot de passe");
        await again.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("déjà utilisé");
    }

    [Fact]
    public async Task English_follows_into_the_interactive_pages()
    {
        var (_, email) = await MemberAsync("STEP");
        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync("/me");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My profile" })).ToBeVisibleAsync();

        // An answer computed inside the circuit (a validation message of the handler) is in English too.
        await page.GotoAsync("/me/tokens");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text").First).ToContainTextAsync("This field is required");
        await page.ShowsNoBarrierAsync("everyone-07-tokens-english");
    }

    [Fact]
    public async Task A_token_is_shown_once_then_listed_and_revoked()
    {
        var (_, email) = await MemberAsync("STEP");
        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync("/me/tokens");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Nom du jeton").FillAsync("Export comptable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jeton" }).ClickAsync();
        var token = await page.GetByTestId("new-token").InnerTextAsync();
        Assert.StartsWith("swn_", token, StringComparison.Ordinal);
        await page.ShowsNoBarrierAsync("everyone-08-tokens");

        await page.GetByRole(AriaRole.Button, new() { Name = "Révoquer Export comptable" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Révoqué" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_of_several_organisations_switches_between_them()
    {
        var simplon = await host.Factory.OrganizationAsync("Simplon");
        var triporteurs = await host.Factory.OrganizationAsync("Les Triporteurs");
        var email = $"{Guid.NewGuid():N}@tests.swarmnet.invalid";
        await host.Factory.UserAsync(email, false, new ActorMembership(simplon, Roles.StructureAdmin), new ActorMembership(triporteurs, Roles.StructureMember));
        var page = await host.NewPageAsync();
        await page.SignInAsync(email);
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Les Triporteurs : changer d'organisation") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Simplon") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Simplon : changer d'organisation") })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("everyone-09-switcher");
    }

    private async Task<string> MailToAsync(string email) => (await host.Factory.MailToAsync(email)).TextBody ?? "";

    private static string LinkIn(string mail, string path) =>
        new Uri(LinkPattern().Matches(mail).Select(m => m.Value).First(url => url.Contains(path, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
