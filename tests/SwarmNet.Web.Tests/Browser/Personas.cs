using Microsoft.Playwright;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>The demo accounts of each persona, signed in on a fresh page of the demo host.</summary>
public static class Personas
{
    public const string Structure = "referente.step@demo.swarmnet.invalid";
    public const string NetworkHead = "reseau.triporteurs@demo.swarmnet.invalid";
    public const string Accountant = "comptable.triporteurs@demo.swarmnet.invalid";

    public static async Task<IPage> SignedInAsync(this DemoHost demo, string email, string locale = "fr-FR")
    {
        var page = await demo.Browser.NewPageAsync(locale);
        await page.SignInAsync(email, demo.Password);
        await page.WaitForCircuitAsync();
        return page;
    }
}
