using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>What the network head and the structure look at on the demo data: compliance, royalties by month, statements.</summary>
[Collection(DemoCollection.Name)]
public sealed class DashboardTests(DemoHost demo)
{
    [Fact]
    public async Task The_network_head_reads_its_compliance_board_and_royalties_by_month()
    {
        var page = await demo.SignedInAsync(Personas.NetworkHead);
        await page.GotoAsync("/compliance");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de conformité — Les Triporteurs" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("STEP");
        await page.ShowsNoBarrierAsync("network-head-06-compliance");

        await page.GotoAsync("/royalties");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Redevances par mois" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Redevance", Exact = true })).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-07-royalties");

        await page.GotoAsync("/statements");
        await Assertions.Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
        await page.ShowsNoBarrierAsync("network-head-08-statements");
    }

    [Fact]
    public async Task The_structure_reads_its_statements_and_how_each_line_was_computed()
    {
        var page = await demo.SignedInAsync(Personas.Structure);
        await page.GotoAsync("/statements?state=Paid");
        var paid = page.Locator("table tbody tr");
        await Assertions.Expect(paid.First).ToContainTextAsync("payé");
        await page.ShowsNoBarrierAsync("structure-03-statements");

        await paid.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("payé");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approuver" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("table tbody tr").First).ToContainTextAsync("%");
        await page.ShowsNoBarrierAsync("structure-04-statement");
    }
}
