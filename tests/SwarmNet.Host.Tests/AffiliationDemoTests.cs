using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.Host.Access;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The affiliation demo as La Conciergerie Solidaire finds it: STEP's agreement signed by both and active behind its
/// launched candidacy, two other affiliates (one late with the charter's second version), one purchasing programme.
/// </summary>
public sealed class AffiliationDemoTests
{
    [Fact]
    public async Task The_conciergerie_network_has_three_affiliates_two_charter_versions_one_late_and_a_purchasing_programme()
    {
        await using var factory = new SwarmNetFactory();
        var (seeded, client) = await SeededDemo.StartAsync(factory);
        var network = (await client.GetFromJsonAsync<JsonElement>("/api/network/networks?search=Conciergeries")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/affiliations?networkId={network}");
        var byAffiliate = list.GetProperty("items").EnumerateArray().ToDictionary(a => a.GetProperty("affiliate").GetProperty("name").GetString()!, a => a.GetProperty("id").GetGuid());
        Assert.Equal(["Envol Intérim d'insertion", "Régie de quartier Saint-Michel", "STEP"], byAffiliate.Keys.Order(StringComparer.Ordinal));
        async Task<JsonElement> AgreementAsync(string name) => await client.GetFromJsonAsync<JsonElement>($"/api/affiliations/{byAffiliate[name]}");
        static List<(int, string?)> Charter(JsonElement a) =>
            a.GetProperty("charter").EnumerateArray().Select(c => (c.GetProperty("number").GetInt32(), c.GetProperty("state").GetString())).ToList();

        var step = await AgreementAsync("STEP");
        Assert.Equal("active", step.GetProperty("status").GetString());
        Assert.Equal(["grantor", "grantee"], step.GetProperty("contract").GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("party").GetString()));
        Assert.Equal([(2, "acknowledged"), (1, "acknowledged")], Charter(step));
        Assert.Equal([(2, "overdue"), (1, "acknowledgedLate")], Charter(await AgreementAsync("Régie de quartier Saint-Michel")));
        Assert.Equal([(2, "pending")], Charter(await AgreementAsync("Envol Intérim d'insertion")));
        Assert.Equal("Achats groupés de produits d'entretien écologiques", step.GetProperty("programmes")[0].GetProperty("name").GetString());

        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/affiliations/networks/{network}/charter/versions");
        Assert.Equal([(2, 3, 1, 1), (1, 2, 2, 0)], versions.EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(),
            v.GetProperty("progress").GetProperty("pushed").GetInt32(), v.GetProperty("progress").GetProperty("acknowledged").GetInt32(),
            v.GetProperty("progress").GetProperty("overdue").GetInt32())));
        var programme = (await client.GetFromJsonAsync<JsonElement>($"/api/affiliations/networks/{network}/programmes"))[0];
        Assert.Equal(("purchasing", 2), (programme.GetProperty("kind").GetString(), programme.GetProperty("participants").GetInt32()));

        // STEP's launched candidacy now has its agreement behind it; La Régie, a Les Triporteurs candidate, was attached, not duplicated.
        var candidacy = await AffiliationHttp.EventuallyAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/network/candidacies/{step.GetProperty("candidacyId").GetGuid()}"),
            c => c.GetProperty("contractId").ValueKind == JsonValueKind.String);
        Assert.Equal(byAffiliate["STEP"], candidacy.GetProperty("contractId").GetGuid());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/network/organizations?search=R%C3%A9gie")).GetProperty("total").GetInt32());
        var regie = (await AgreementAsync("Régie de quartier Saint-Michel")).GetProperty("affiliate").GetProperty("id").GetGuid();
        var calendar = await AffiliationHttp.EventuallyAsync(() => client.GetFromJsonAsync<JsonElement>(
                $"/api/obligations/organizations/{regie}/occurrences?contractId={byAffiliate["Régie de quartier Saint-Michel"]}&category=compliance"),
            c => c.GetProperty("total").GetInt32() == 2);
        Assert.Equal([("CHARTE-V1", "Accepted"), ("CHARTE-V2", "Overdue")], calendar.GetProperty("items").EnumerateArray()
            .Select(o => (o.GetProperty("code").GetString(), o.GetProperty("state").GetString())).OrderBy(o => o.Item1, StringComparer.Ordinal));

        await DemoSeeding.SeedAsync(seeded.Services, CancellationToken.None);
        Assert.Equal(3, (await client.GetFromJsonAsync<JsonElement>($"/api/affiliations?networkId={network}")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"/api/affiliations/networks/{network}/charter/versions")).GetArrayLength());
    }
}
