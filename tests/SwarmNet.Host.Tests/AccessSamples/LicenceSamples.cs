using System.Net.Http.Headers;
using System.Net.Http.Json;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// An active licence of the other structure, signed by both parties once its candidacy reached contracting with a DIP,
/// with a brand use and a signed document, and a template of its head.
/// </summary>
internal static class LicenceSamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var (head, licensee) = (world.HeadClient, world.StructureClient);
        var candidacy = await world.Factory.SendAsSystemAsync(new GetCandidacy(world.Id("candidacyId")));
        await Disclosures.ToContractingAsync(world.Factory, candidacy);
        await Disclosures.PostAsync(head, candidacy.Id, world.Factory.Clock.Today.AddDays(-1100));
        var licence = world.Sample("licenceId", await AccessWorld.IdOf(head.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = world.Head, licenseeOrganizationId = world.Structure,
            content = LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties, "Autre Marque"),
        })));
        (await head.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 1 })).EnsureSuccessStatusCode();
        (await licensee.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 2 })).EnsureSuccessStatusCode();
        world.Sample("brandUseId", await AccessWorld.IdOf(licensee.PostAsJsonAsync($"/api/licences/{licence}/brand-uses", new { kind = "flyer", description = "Flyer" })));
        using var pdf = new ByteArrayContent("%PDF-1.7 signée"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        world.Sample("documentId", await AccessWorld.IdOf(head.PostAsync($"/api/licences/{licence}/documents?fileName=licence.pdf", pdf)));
        world.Sample("templateId", await AccessWorld.IdOf(head.PostAsJsonAsync("/api/licences/templates", new
        {
            grantorOrganizationId = world.Head, name = "Modèle Autre Tête", royaltyTerms = LicenceEndpointTests.Royalties,
            brand = new { name = "Autre Marque", niceClasses = new[] { 39 }, activities = new[] { "Livraison" } },
            exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Non-paiement" }, brandUse = "Retrait", stock = "Rachat", data = "Restitution" },
        })));
        world.Secret("Modèle Autre Tête", "licence.pdf");
    }
}
