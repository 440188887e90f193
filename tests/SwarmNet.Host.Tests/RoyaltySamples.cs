using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The Royalties resources of another organisation for the endpoint access test: the agreement its active licence
/// became (once the outbox delivered the activation), a declaration of it and the statement it drafted.
/// </summary>
internal sealed record RoyaltySamples(Guid Declaration)
{
    public static async Task<RoyaltySamples> CreateAsync(Guid licence, HttpClient licensee)
    {
        for (var attempt = 0; attempt < 100 && (await licensee.GetAsync($"/api/royalties/agreements/{licence}")).StatusCode != HttpStatusCode.OK; attempt++)
            await Task.Delay(100);
        var response = await licensee.PostAsJsonAsync($"/api/royalties/agreements/{licence}/declarations", new
        {
            periodStart = "2026-11-01", revenue = new Dictionary<string, decimal> { ["livraison"] = 8000m },
            sworn = new { name = "Autre Déclarant", date = "2026-11-02", accepted = true },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return new RoyaltySamples(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
    }
}
