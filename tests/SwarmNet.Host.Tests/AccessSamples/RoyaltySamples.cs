using System.Net;
using System.Net.Http.Json;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// The agreement the other structure's active licence became (once the outbox delivered the activation; it keeps the
/// licence's id), a declaration of it and the draft statement it produced.
/// </summary>
internal static class RoyaltySamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var (licence, licensee) = (world.Id("licenceId"), world.StructureClient);
        for (var attempt = 0; attempt < 100 && (await licensee.GetAsync($"/api/royalties/agreements/{licence}")).StatusCode != HttpStatusCode.OK; attempt++)
            await Task.Delay(100);
        world.Sample("agreementId", licence);
        world.Sample("declarationId", await AccessWorld.IdOf(licensee.PostAsJsonAsync($"/api/royalties/agreements/{licence}/declarations", new
        {
            periodStart = "2026-11-01", revenue = new Dictionary<string, decimal> { ["livraison"] = 8000m },
            sworn = new { name = "Autre Déclarant", date = "2026-11-02", accepted = true },
        })));
        world.Secret("Autre Déclarant");
        var statements = await licensee.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/royalties/statements?agreementId={licence}");
        world.Sample("statementId", statements.GetProperty("items")[0].GetProperty("id").GetGuid());
    }
}
