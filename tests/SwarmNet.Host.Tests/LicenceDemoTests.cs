using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Host.Access;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class LicenceDemoTests
{
    [Fact]
    public async Task The_demo_has_steps_running_licence_and_two_other_licensees_and_seeding_again_adds_none()
    {
        await using var factory = new SwarmNetFactory();
        var seeded = factory.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true")); // disposed with its parent
        var client = seeded.CreateClient(); // this host creates the database, so it seeds
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
                new ProvisionUser("admin@tests.swarmnet.invalid", "Admin", AccessHttp.Password, true, []));
        }
        await client.SignInAsync("admin@tests.swarmnet.invalid");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/licences?brand=Les%20Triporteurs");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        var byLicensee = page.GetProperty("items").EnumerateArray().ToDictionary(l => l.GetProperty("licenseeName").GetString()!, l => l);
        Assert.Equal("active", byLicensee["STEP"].GetProperty("status").GetString());
        Assert.Equal("active", byLicensee["Tiers-lieu La Fabrique"].GetProperty("status").GetString());
        Assert.Equal("signed", byLicensee["Coopérative Roule Ma Poule"].GetProperty("status").GetString());
        Assert.Equal("draft", byLicensee["Régie de quartier Saint-Michel"].GetProperty("status").GetString());

        var step = await client.GetFromJsonAsync<JsonElement>($"/api/licences/{byLicensee["STEP"].GetProperty("id").GetGuid()}");
        Assert.True(DateOnly.Parse(step.GetProperty("activatedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    < factory.Clock.Today.AddMonths(-12));
        var terms = step.GetProperty("content").GetProperty("royaltyTerms");
        Assert.Equal(["percentage", "oneOff"], terms.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Equal("livraison", terms.GetProperty("components")[0].GetProperty("categories")[0].GetString());
        Assert.Equal(1, terms.GetProperty("rampUp").GetArrayLength());

        await DemoSeeding.SeedAsync(seeded.Services, CancellationToken.None);
        Assert.Equal(4, (await client.GetFromJsonAsync<JsonElement>("/api/licences")).GetProperty("total").GetInt32());
    }
}
