using System.Text;
using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The accountant's journey on the demo data: from the review queue to a statement with its computed lines, approved
/// and issued; the aged receivables; and the FEC of the year downloaded with that new invoice in it.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class AccountantJourneyTests(DemoHost demo)
{
    [Fact]
    public async Task The_accountant_approves_a_statement_issues_it_and_downloads_the_fec()
    {
        var page = await demo.SignedInAsync(Personas.Accountant);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "À revoir" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "La file de revue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Relevés de redevances" })).ToBeVisibleAsync();
        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("en revue");
        await page.ShowsNoBarrierAsync("accountant-01-review-queue");

        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("en revue");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lignes et leur calcul" })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("accountant-02-statement-in-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "Approuver" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("ne peut plus être modifié");
        await page.ShowsNoBarrierAsync("accountant-03-approval-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approuver" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("approuvé");
        await page.GetByRole(AriaRole.Button, new() { Name = "Émettre la facture" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("émis");
        var invoice = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Split(' ')[1];
        await page.ShowsNoBarrierAsync("accountant-04-statement-issued");

        await page.GotoAsync("/receivables");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Balance âgée des créances" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("STEP");
        await page.ShowsNoBarrierAsync("accountant-05-receivables");

        await page.GotoAsync("/exports");
        await page.WaitForCircuitAsync();
        await page.ShowsNoBarrierAsync("accountant-06-exports");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Fichier des écritures comptables (FEC)" }).ClickAsync());
        Assert.Matches("FEC[0-9]{8}\\.txt$", download.SuggestedFilename);
        var fec = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.StartsWith("JournalCode\tJournalLib\tEcritureNum", fec.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(invoice, fec, StringComparison.Ordinal);
    }
}
