using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The rules that check, then write take a transaction lock (docs/adr/0022); when another host holds it, the command
/// answers 409 asking to retry and writes nothing. SQLite never refuses a lock, so a host here refuses it on purpose.
/// </summary>
public sealed class TransactionLockTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> RefusingAsync(RefusedLocks locks, string email)
    {
        var host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<ITransactionLocks>(locks))));
        var client = host.CreateClient(); // the host is disposed with the factory
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task A_licence_drafted_while_its_brand_is_locked_elsewhere_is_a_409_and_nothing_is_written()
    {
        var head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        await _factory.SendAsSystemAsync(new CreateNetwork(head, "Les Triporteurs", ["Les Triporteurs"], null, null, null)); // the brand the licence grants
        var step = (await _factory.SendAsSystemAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.Other, null, null, null, null,
            OnBehalfOf: head))).Id;
        await _factory.UserAsync("tete@tests.swarmnet.invalid", false, new ActorMembership(head, Roles.NetworkAdmin));
        var locks = new RefusedLocks("licences-brand-");
        var client = await RefusingAsync(locks, "tete@tests.swarmnet.invalid");

        var response = await client.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = head, licenseeOrganizationId = step, content = LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("réessayez", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(locks.Asked, name => name.StartsWith("licences-brand-", StringComparison.Ordinal));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/licences")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_admin_demoted_while_the_members_are_locked_elsewhere_is_a_409_and_keeps_the_role()
    {
        var step = await _factory.OrganizationAsync("STEP");
        await _factory.UserAsync("referente@tests.swarmnet.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        var second = await _factory.UserAsync("seconde@tests.swarmnet.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        var client = await RefusingAsync(new RefusedLocks("network-admins-"), "referente@tests.swarmnet.invalid");
        var member = $"/api/network/organizations/{step}/members/{second}";

        var refused = await client.PutAsJsonAsync(member, new { role = Roles.StructureMember });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("réessayez", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var members = await client.GetFromJsonAsync<JsonElement>($"/api/network/organizations/{step}/members");
        Assert.Equal(2, members.GetProperty("items").EnumerateArray().Count(m => m.GetProperty("role").GetString() == Roles.StructureAdmin));
        // The same change on a host that grants the lock goes through: the 409 was the lock's, not the last-admin rule's.
        var granted = await _factory.ClientAsync("referente@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.OK, (await granted.PutAsJsonAsync(member, new { role = Roles.StructureMember })).StatusCode);
    }
}
