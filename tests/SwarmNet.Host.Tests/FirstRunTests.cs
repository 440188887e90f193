using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class FirstRunTests
{
    [Fact]
    public async Task The_first_run_on_an_empty_database_loads_the_demo_and_a_restart_does_not_again()
    {
        await using var first = new SwarmNetFactory();
        var seeded = first.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true"));
        var page = await seeded.CreateClient().GetFromJsonAsync<JsonElement>("/api/network/organizations?pageSize=100");

        Assert.Equal(9, page.GetProperty("total").GetInt32());
        Assert.Contains(page.GetProperty("items").EnumerateArray(), o => o.GetProperty("name").GetString() == "STEP");
        var networks = await seeded.CreateClient().GetFromJsonAsync<JsonElement>("/api/network/networks");
        Assert.Equal(3, networks.GetProperty("total").GetInt32());
    }
}
