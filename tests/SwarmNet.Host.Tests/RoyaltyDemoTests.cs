using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Host.Access;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The royalty demo as the Les Triporteurs accountant finds it: STEP's 18 months in every state, others in the queue.</summary>
public sealed class RoyaltyDemoTests
{
    [Fact]
    public async Task The_accountant_finds_steps_statements_in_every_state_and_other_licensees_in_the_queue()
    {
        await using var factory = new SwarmNetFactory();
        var seeded = factory.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true"));
        var client = seeded.CreateClient();
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser("admin@tests.swarmnet.invalid", "Admin", AccessHttp.Password, true, []));
        }
        await client.SignInAsync("admin@tests.swarmnet.invalid");
        var agreements = (await client.GetFromJsonAsync<JsonElement>("/api/royalties/agreements")).GetProperty("items").EnumerateArray().ToList();
        var step = agreements.Single(a => a.GetProperty("structureName").GetString() == "STEP");
        var head = step.GetProperty("grantorOrganizationId").GetGuid();
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser("comptable@tests.swarmnet.invalid", "Comptable", AccessHttp.Password, false,
                [new ActorMembership(head, Roles.Accountant)]));
        }
        var accountant = seeded.CreateClient();
        await accountant.SignInAsync("comptable@tests.swarmnet.invalid");

        var statements = await ItemsAsync(accountant, $"/api/royalties/statements?agreementId={step.GetProperty("id")}&pageSize=100&sort=periodStart");
        Assert.Equal(18, (await client.GetFromJsonAsync<JsonElement>($"/api/royalties/agreements/{step.GetProperty("id")}/declarations")).GetProperty("total").GetInt32());
        Assert.Equal(["Approved", "Draft", "InReview", "Issued", "Paid"], statements.Select(s => s.GetProperty("state").GetString()).Distinct().Order());
        Assert.Contains(statements, s => s.GetProperty("stateLabel").GetString() == "partiellement payé");
        Assert.Contains(statements, s => s.GetProperty("kind").GetString() == "adjustment" && s.GetProperty("state").GetString() == "Draft" && s.GetProperty("totalInclVat").GetDecimal() < 0m);
        Assert.Contains(statements, s => s.GetProperty("kind").GetString() == "period" && !s.GetProperty("declared").GetBoolean());
        var overdue = statements.First(s => s.GetProperty("state").GetString() == "Issued" && s.GetProperty("paid").GetDecimal() == 0m);
        var late = (await accountant.GetFromJsonAsync<JsonElement>($"/api/royalties/statements/{overdue.GetProperty("id")}")).GetProperty("lateCharges");
        Assert.True(late.GetProperty("interest").GetDecimal() > 0m && late.GetProperty("indemnity").GetDecimal() == 40.00m);

        var queue = await ItemsAsync(accountant, "/api/royalties/statements?state=InReview&pageSize=100");
        Assert.Contains(queue, s => s.GetProperty("structureName").GetString() == "Tiers-lieu La Fabrique");
        var receivables = await accountant.GetFromJsonAsync<JsonElement>($"/api/royalties/receivables?grantorOrganizationId={head}");
        Assert.True(receivables.GetProperty("totals").GetProperty("total").GetDecimal() > 0m);

        await DemoSeeding.SeedAsync(seeded.Services, CancellationToken.None);
        Assert.Equal(statements.Count, (await ItemsAsync(accountant, $"/api/royalties/statements?agreementId={step.GetProperty("id")}&pageSize=100")).Count);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().ToList();
}
