using Microsoft.Playwright;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// Brand uses on the demo data: STEP's referent submits a flyer under its Les Triporteurs licence (the module's messages
/// beside the fields first), the network head approves it (a refusal without a reason is refused beside the comment).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class BrandUseTests(DemoHost demo)
{
    private const string Flyer = "Flyer d'ouverture du dépôt de Pau";

    [Fact]
    public async Task The_licensee_submits_a_brand_use_and_the_network_head_approves_it()
    {
        var structure = await demo.SignedInAsync(Personas.Structure);
        await structure.GotoAsync("/licences");
        await structure.GetByRole(AriaRole.Row).Filter(new() { HasText = "STEP" }).Filter(new() { HasText = "en vigueur" })
            .First.GetByRole(AriaRole.Link).ClickAsync();
        await structure.WaitForCircuitAsync();
        await Assertions.Expect(structure.GetByRole(AriaRole.Heading, new() { Name = "Usages de la marque" })).ToBeVisibleAsync();
        var licence = structure.Url;
        await structure.GetByRole(AriaRole.Button, new() { Name = "Soumettre l'usage" }).ClickAsync();
        await Assertions.Expect(structure.Locator("#brand-use-description-errors p").First).ToBeVisibleAsync(); // the module names the field
        await structure.GetByLabel("Description de l'usage").FillAsync(Flyer);
        await structure.GetByLabel("Référence du fichier (facultatif)").FillAsync("flyer-pau-v1.pdf");
        await structure.GetByRole(AriaRole.Button, new() { Name = "Soumettre l'usage" }).ClickAsync();
        var use = structure.GetByTestId("brand-use").Filter(new() { HasText = Flyer });
        await Assertions.Expect(use).ToContainTextAsync("soumis");
        await Assertions.Expect(use).ToContainTextAsync("flyer-pau-v1.pdf");
        await Assertions.Expect(structure.Locator(".timeline")).ToContainTextAsync("Usage de la marque soumis");
        await Assertions.Expect(structure.GetByRole(AriaRole.Button, new() { Name = $"Approuver « {Flyer} »" })).ToHaveCountAsync(0);
        await structure.ShowsNoBarrierAsync("structure-12-brand-use-submitted");

        var head = await demo.SignedInAsync(Personas.NetworkHead);
        await head.GotoAsync(licence);
        await head.WaitForCircuitAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = $"Refuser « {Flyer} »" }).ClickAsync();
        await Assertions.Expect(head.Locator("[id$='-comment-errors'] p").First).ToContainTextAsync("Un refus s'explique");
        await head.ShowsNoBarrierAsync("network-head-14-brand-use-to-decide");
        await head.GetByRole(AriaRole.Button, new() { Name = $"Approuver « {Flyer} »" }).ClickAsync();
        var decided = head.GetByTestId("brand-use").Filter(new() { HasText = Flyer });
        await Assertions.Expect(decided).ToContainTextAsync("approuvé");
        await Assertions.Expect(decided).ToContainTextAsync("Examiné le");
        await head.ShowsNoBarrierAsync("network-head-15-brand-use-approved");
    }
}
