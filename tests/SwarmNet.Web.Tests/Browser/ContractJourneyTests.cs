using System.Net;
using System.Net.Http.Json;
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

    private static object Template(Guid head) => new
    {
        grantorOrganizationId = head,
        name = "Licence Les Triporteurs",
        brand = new { name = "Les Triporteurs", inpiNumber = "4512345", niceClasses = new[] { 39 }, activities = new[] { "Livraison à vélo cargo" } },
        royaltyTerms = new
        {
            effectiveDate = "2026-11-01", periodicity = "monthly", royaltyYear = "contract", vatRate = 0.20,
            components = new object[] { new { type = "percentage", label = "Redevance de marque", account = "royalty", rate = 0.05, categories = new[] { "livraison" } } },
        },
        obligationTerms = new object[]
        {
            new { code = "DECL-CA", title = "Déclaration mensuelle", category = "reporting", actor = "grantee", evidence = "declaration",
                schedule = new { kind = "afterPeriodEnd", days = 15 } },
            new { code = "IMPACT", title = "Indicateurs d'impact", category = "impact", actor = "grantee", evidence = "indicators",
                schedule = new { kind = "once", daysAfterEffective = 30 } },
        },
        exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Non-paiement" }, brandUse = "Retrait sous 30 jours", stock = "Rachat", data = "Restitution" },
    };

    [Fact]
    public async Task The_network_head_takes_a_candidacy_to_a_signed_licence()
    {
        var world = await LicenceWorld.CreateAsync(host.Factory, "Les Triporteurs", "Les Triporteurs", "STEP", "web");
        await LicenceWorld.Ok(await world.HeadAdmin.PostAsJsonAsync("/api/licences/templates", Template(world.Head)), HttpStatusCode.Created);

        // The head drafts the candidacy's licence from its template, with the territory and term of this structure.
        var head = await host.NewPageAsync();
        await head.SignInAsync("web.tete@tests.swarmnet.invalid");
        await head.GotoAsync($"/candidacies/{world.Candidacy}");
        await head.WaitForCircuitAsync();
        await head.GetByLabel("Communes (codes INSEE, séparés par des virgules)").FillAsync("64445");
        await head.GetByLabel("Territoire (description)").FillAsync("Pau");
        await head.GetByLabel("Prise d'effet").FillAsync("01/11/2026");
        await head.GetByLabel("Fin", new() { Exact = true }).FillAsync("31/10/2029");
        await head.GetByLabel("Exclusive sur le territoire").CheckAsync();
        await head.ShowsNoBarrierAsync("network-head-08b-candidacy-drafting");
        await head.GetByRole(AriaRole.Button, new() { Name = "Rédiger la licence" }).ClickAsync();
        await head.WaitForURLAsync(url => url.Contains("/licences/", StringComparison.Ordinal));
        var licence = Guid.Parse(head.Url.Split('/')[^1]);
        await Assertions.Expect(head.GetByTestId("status")).ToHaveTextAsync("brouillon");
        await Assertions.Expect(head.Locator(".content-lines")).ToContainTextAsync("Livraison à vélo cargo");
        // What the candidate would pay over three years from 5 000 € a month growing 10 % a year: the module simulates.
        await head.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("simulation")).ToContainTextAsync("Année 3");
        await Assertions.Expect(head.GetByTestId("simulation").Locator("tbody tr").First).ToContainTextAsync("3 000,00 €"); // 5 % of 60 000 €
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

        // The structure declares November's revenue under its sworn statement; the statement is computed at once.
        await structure.GotoAsync("/declarations");
        await structure.WaitForCircuitAsync();
        await structure.GetByRole(AriaRole.Link, new() { Name = "Déclarer pour Les Triporteurs" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(structure.GetByRole(AriaRole.Heading, new() { Name = "Chiffre d'affaires — Les Triporteurs" })).ToBeVisibleAsync();
        await structure.GetByRole(AriaRole.Button, new() { Name = "Déclarer", Exact = true }).ClickAsync();
        await Assertions.Expect(structure.Locator(".mud-input-helper-text.mud-input-error").First).ToContainTextAsync("Champ obligatoire");
        await structure.Locator(".mud-select").First.ClickAsync();
        await structure.GetByRole(AriaRole.Option).First.ClickAsync();
        await structure.GetByLabel("Chiffre d'affaires HT « livraison » (€)").FillAsync("8000");
        await structure.GetByLabel(SwarmNet.Modules.Royalties.Contracts.Declarations.SwornStatement.DefaultText).First.CheckAsync();
        await structure.GetByRole(AriaRole.Button, new() { Name = "Déclarer", Exact = true }).ClickAsync();
        // Declaring computes the statement under a durable commit: slow on a loaded machine, hence the longer wait.
        await Assertions.Expect(structure.GetByTestId("declared")).ToContainTextAsync("8 000,00 € HT", new() { Timeout = 30_000 });
        await Assertions.Expect(structure.Locator("table tbody")).ToContainTextAsync("8 000,00 €");
        await structure.ShowsNoBarrierAsync("structure-07-declaration");

        await structure.GotoAsync("/statements");
        await structure.Locator("table tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(structure.GetByTestId("total")).ToHaveTextAsync("480,00 €"); // 5 % of 8 000 € = 400 € excl. VAT, 480 € incl. VAT

        // The structure reports its impact indicators on the occurrence the licence's obligation gave (through the outbox).
        for (var attempt = 0; attempt < 30 && await structure.Locator("main a", new() { HasText = "Indicateurs d'impact" }).CountAsync() == 0; attempt++)
        {
            await structure.GotoAsync("/obligations");
            await structure.WaitForCircuitAsync();
            await structure.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await structure.Locator("main a", new() { HasText = "Indicateurs d'impact" }).First.ClickAsync();
        await structure.GetByLabel("Indicateur 1").FillAsync("personnes_formees");
        await structure.GetByLabel("Valeur 1").FillAsync("12");
        await structure.GetByRole(AriaRole.Button, new() { Name = "Déposer l'échéance" }).ClickAsync();
        await Assertions.Expect(structure.GetByTestId("state")).ToHaveTextAsync("déposée");
        await structure.ShowsNoBarrierAsync("structure-08-indicators-submitted");

        // The network head reviews what was handed in: it accepts the occurrence, whose state and history follow.
        await head.GotoAsync(structure.Url);
        await head.WaitForCircuitAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Refuser" }).ClickAsync();
        await Assertions.Expect(head.Locator("#reason-errors p")).ToHaveCountAsync(1); // the module's validator: a rejection says why
        await Assertions.Expect(head.GetByTestId("state")).ToHaveTextAsync("déposée");
        await head.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("state")).ToHaveTextAsync("acceptée");
        await Assertions.Expect(head.Locator(".timeline")).ToContainTextAsync("acceptée");
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = "Accepter" })).ToHaveCountAsync(0);
        await head.ShowsNoBarrierAsync("network-head-11-occurrence-accepted");
        await structure.GotoAsync("/indicators");
        await Assertions.Expect(structure.GetByTestId("indicators")).ToContainTextAsync("personnes_formees — Les Triporteurs");
        await Assertions.Expect(structure.GetByTestId("indicators")).ToContainTextAsync("12,00");
        await structure.ShowsNoBarrierAsync("structure-09-impact-indicators");
    }
}
