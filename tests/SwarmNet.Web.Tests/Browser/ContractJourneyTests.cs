using Microsoft.Playwright;
using SwarmNet.Host.Tests;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The network head takes a candidacy to a signed contract: from the candidacy to its drafted licence, signed for the
/// head; the structure's admin signs for the structure and attaches the signed copy; the licence is in force and the
/// candidacy launched. Every page passes axe.
/// </summary>
public sealed class ContractJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static object Content => new
    {
        brand = new { name = "Les Triporteurs", inpiNumber = "4512345", niceClasses = new[] { 39 }, activities = new[] { "Livraison à vélo cargo" } },
        territory = new { communes = new[] { "64445" }, description = "Pau" },
        exclusive = true,
        sublicensingAllowed = false,
        term = new { effectiveDate = "2026-11-01", endDate = "2029-10-31", tacitRenewal = true, renewalMonths = 12, noticeDays = 90 },
        royaltyTerms = new
        {
            effectiveDate = "2026-11-01", periodicity = "monthly", royaltyYear = "contract", vatRate = 0.20,
            components = new object[] { new { type = "percentage", label = "Redevance de marque", account = "royalty", rate = 0.05, categories = new[] { "livraison" } } },
        },
        obligationTerms = new[] { new { code = "DECL-CA", title = "Déclaration mensuelle", category = "reporting", actor = "grantee", evidence = "declaration",
            schedule = new { kind = "afterPeriodEnd", days = 15 } } },
        exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Non-paiement" }, brandUse = "Retrait sous 30 jours", stock = "Rachat", data = "Restitution" },
    };

    [Fact]
    public async Task The_network_head_takes_a_candidacy_to_a_signed_licence()
    {
        var world = await LicenceWorld.CreateAsync(host.Factory, "Les Triporteurs", "Les Triporteurs", "STEP", "web");
        var licence = await world.DraftAsync(Content, world.Candidacy);

        var head = await host.NewPageAsync();
        await head.SignInAsync("web.tete@tests.swarmnet.invalid");
        await head.GotoAsync($"/candidacies/{world.Candidacy}");
        await head.WaitForCircuitAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "Contrat de licence de marque « Les Triporteurs »" }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("status")).ToHaveTextAsync("brouillon");
        await Assertions.Expect(head.Locator(".content-lines")).ToContainTextAsync("Livraison à vélo cargo");
        await head.ShowsNoBarrierAsync("network-head-09-licence-draft");
        await head.GetByRole(AriaRole.Button, new() { Name = "Signer pour Les Triporteurs" }).ClickAsync();
        await Assertions.Expect(head.Locator(".signatures")).ToContainTextAsync("STEP (structure locale) : signature attendue");
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = "Signer pour Les Triporteurs" })).ToHaveCountAsync(0);

        var structure = await host.NewPageAsync();
        await structure.SignInAsync("web.structure@tests.swarmnet.invalid");
        await structure.GotoAsync("/licences");
        await structure.WaitForCircuitAsync();
        await Assertions.Expect(structure.GetByRole(AriaRole.Heading, new() { Name = "Contrats de licence de marque" })).ToBeVisibleAsync();
        await structure.ShowsNoBarrierAsync("structure-05-licences");
        await structure.GetByRole(AriaRole.Link, new() { Name = "Les Triporteurs" }).ClickAsync();
        await structure.GetByRole(AriaRole.Button, new() { Name = "Signer pour STEP" }).ClickAsync();
        await Assertions.Expect(structure.GetByTestId("status")).ToHaveTextAsync("en vigueur");
        var chooser = await structure.RunAndWaitForFileChooserAsync(() =>
            structure.GetByRole(AriaRole.Button, new() { Name = "Joindre un document signé (PDF, PNG, JPEG)" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "licence-signee.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(structure.GetByRole(AriaRole.Link, new() { Name = "licence-signee.pdf" })).ToBeVisibleAsync();
        await structure.ShowsNoBarrierAsync("structure-06-licence-signed");

        // The licence's activation reaches the onboarding through the outbox: the candidacy is launched.
        await head.GotoAsync($"/candidacies/{world.Candidacy}");
        await Assertions.Expect(head.GetByTestId("stage")).ToHaveTextAsync("Lancée", new() { Timeout = 30_000 });
        await Assertions.Expect(head.Locator("ul.documents")).ToContainTextAsync("en vigueur");
        await head.GotoAsync($"/licences/{licence}");
        await Assertions.Expect(head.Locator(".timeline")).ToContainTextAsync("Entrée en vigueur");
        await head.ShowsNoBarrierAsync("network-head-10-licence-in-force");
    }
}
