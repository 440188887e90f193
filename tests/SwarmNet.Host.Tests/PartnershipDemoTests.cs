using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The partnerships the demo tells, read as a platform admin: Simplon's fabrique in Pau with STEP and the Région, and the Pays basque.</summary>
public sealed class PartnershipDemoTests
{
    [Fact]
    public async Task The_demo_has_two_years_of_pau_s_partnership_and_a_second_one_in_the_simplon_network()
    {
        await using var factory = new SwarmNetFactory();
        var seeded = factory.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true")); // disposed with its parent
        var client = seeded.CreateClient(); // this host creates the database, so it seeds
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser("admin@tests.swarmnet.invalid", "Admin", AccessHttp.Password, true, []));
        }
        await client.SignInAsync("admin@tests.swarmnet.invalid");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/partnerships");
        var byTitle = page.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("title").GetString()!, p => p);
        Assert.Equal(["Fabrique numérique Simplon de Pau", "Fabrique numérique Simplon du Pays basque"], byTitle.Keys.Order(StringComparer.Ordinal));
        Assert.All(byTitle.Values, p => Assert.Equal("active", p.GetProperty("status").GetString()));
        var pau = byTitle["Fabrique numérique Simplon de Pau"].GetProperty("id").GetGuid();
        var network = byTitle["Fabrique numérique Simplon de Pau"].GetProperty("networkId").GetGuid();

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}");
        Assert.Equal(["chef de file", "structure d'accueil", "financeur"], read.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("roleLabel").GetString()));
        Assert.Equal(3, read.GetProperty("signatures").GetArrayLength());

        var reports = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}/reports");
        Assert.Equal(8, reports.GetArrayLength());
        var impact = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}/impact");
        Assert.Equal(107m, impact.GetProperty("indicators")[0].GetProperty("value").GetDecimal()); // trainees over two years
        Assert.Equal(33m, impact.GetProperty("indicators")[2].GetProperty("value").GetDecimal()); // in employment six months later, latest

        var contributions = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}/contributions");
        Assert.Equal(["financial", "inKind", "staffTime"], contributions.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("late", contributions.GetProperty("contributions")[0].GetProperty("status").GetString());
        var governance = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}/governance");
        Assert.Equal(8, governance.GetProperty("meetings").GetArrayLength());
        Assert.Contains(governance.GetProperty("meetings").EnumerateArray(), m => m.GetProperty("decisions").GetArrayLength() > 0);
        var milestones = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{pau}/milestones");
        Assert.Contains(milestones.EnumerateArray(), m => m.GetProperty("code").GetString() == "BILAN-2" && m.GetProperty("status").GetString() == "late");

        var combined = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/impact?networkId={network}");
        Assert.Equal((2, 107m + 38m), (combined.GetProperty("partnerships").GetInt32(), combined.GetProperty("indicators")[0].GetProperty("value").GetDecimal()));
    }
}
