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

        // Signed by both parties, each with its own account, on the dates of the story: a fortnight before it took effect.
        var effective = DateOnly.Parse(step.GetProperty("content").GetProperty("term").GetProperty("effectiveDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["grantor", "grantee"], step.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("party").GetString()));
        var signedAt = step.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("action").GetString() == "signed")
            .Select(h => DateOnly.FromDateTime(h.GetProperty("at").GetDateTimeOffset().UtcDateTime)).ToList();
        Assert.Equal([effective.AddDays(-15), effective.AddDays(-15)], signedAt);
        var activated = step.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("action").GetString() == "activated");
        Assert.Equal(effective, DateOnly.FromDateTime(activated.GetProperty("at").GetDateTimeOffset().UtcDateTime));

        // Roule Ma Poule signed once its readiness was done and 20 full days after its DIP: its candidacy is in contracting.
        var roule = byLicensee["Coopérative Roule Ma Poule"];
        var rouleLicence = await client.GetFromJsonAsync<JsonElement>($"/api/licences/{roule.GetProperty("id").GetGuid()}");
        var candidacy = await client.GetFromJsonAsync<JsonElement>($"/api/network/candidacies/{rouleLicence.GetProperty("candidacyId").GetGuid()}");
        Assert.Equal("contracting", candidacy.GetProperty("stage").GetString());
        var dip = await client.GetFromJsonAsync<JsonElement>($"/api/network/candidacies/{rouleLicence.GetProperty("candidacyId").GetGuid()}/disclosure");
        var given = DateOnly.Parse(dip.GetProperty("givenOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var rouleSigned = DateOnly.FromDateTime(rouleLicence.GetProperty("signedAt").GetDateTimeOffset().UtcDateTime);
        Assert.True(rouleSigned >= given.AddDays(21) && rouleSigned < factory.Clock.Today, $"DIP {given}, signed {rouleSigned}");

        await DemoSeeding.SeedAsync(seeded.Services, CancellationToken.None);
        Assert.Equal(4, (await client.GetFromJsonAsync<JsonElement>("/api/licences")).GetProperty("total").GetInt32());
    }
}
