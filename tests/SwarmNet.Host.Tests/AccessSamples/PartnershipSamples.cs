using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// An active partnership of the other head (the lead) and the other structure (the host), signed by both, with a document, a
/// contribution and a deliverable; and a template of that head.
/// </summary>
internal static class PartnershipSamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var (head, structure) = (world.HeadClient, world.StructureClient);
        var partnership = world.Sample("partnershipId", await AccessWorld.IdOf(head.PostAsJsonAsync("/api/partnerships", new
        {
            networkId = world.Id("networkId"),
            content = PartnershipEndpointTests.Content("Partenariat Autre Tête", "2026-09-01",
                [
                    new { organizationId = world.Head, role = "lead", signatory = new { name = "Autre Directrice", title = "Directrice" } },
                    new { organizationId = world.Structure, role = "host", signatory = new { name = "Autre Directeur", title = "Directeur" } },
                ], [PartnershipEndpointTests.Rooms(world.Structure, world.Head)], [PartnershipEndpointTests.Kit(world.Head)]),
        })));
        (await head.PostAsJsonAsync($"/api/partnerships/{partnership}/signature", new { version = 1 })).EnsureSuccessStatusCode();
        (await structure.PostAsJsonAsync($"/api/partnerships/{partnership}/signature", new { version = 2 })).EnsureSuccessStatusCode();
        using var pdf = new ByteArrayContent("%PDF-1.7 partenariat"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        (await head.PostAsync($"/api/partnerships/{partnership}/documents?fileName=partenariat.pdf", pdf)).EnsureSuccessStatusCode();
        world.Sample("partnershipTemplateId", await AccessWorld.IdOf(head.PostAsJsonAsync("/api/partnerships/templates", new
        {
            grantorOrganizationId = world.Head, name = "Modèle Autre Tête", template = new { objective = "Objectif commun de l'autre tête" },
        })));
        world.Sample("contributions/{code}", "LOCAUX");
        world.Sample("milestones/{code}", "KIT");
        world.Secret("Partenariat Autre Tête", "Autre Directrice", "partenariat.pdf", "Modèle Autre Tête", "Objectif commun de l'autre tête");
    }
}
