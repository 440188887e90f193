using Microsoft.Playwright;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>Signing in the way a person does: the form, the button, the home page.</summary>
public static class SignInSteps
{
    public static async Task SignInAsync(this IPage page, string email, string password = Testing.AccessHttp.Password)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Adresse e-mail").Or(page.GetByLabel("E-mail address")).FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).Or(page.GetByLabel("Password", new() { Exact = true })).FillAsync(password);
        await page.Locator("button[type=submit]").Last.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Waits until the interactive circuit is up (MudBlazor's menus answer clicks only then).</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync();
}
