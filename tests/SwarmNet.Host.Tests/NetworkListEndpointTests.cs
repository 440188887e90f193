using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>A network's list entry as each reader sees it: STEP counts its own candidacy, not its neighbours'.</summary>
public sealed class NetworkListEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();

    public async Task InitializeAsync()
    {
        var head = await _factory.OrganizationAsync("La Conciergerie Solidaire", OrganizationKind.NetworkHead);
        var step = await _factory.OrganizationAsync("STEP");
        var network = await _factory.SendAsSystemAsync(new CreateNetwork(head, "Conciergeries solidaires", ["La Conciergerie Solidaire"], null, null, null));
        await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, step, "Conciergerie d'entreprise", "Pau"));
        foreach (var (name, city) in new[] { ("Régie de quartier", "Toulouse"), ("Tiers-lieu La Fabrique", "Bayonne") })
            await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, await _factory.OrganizationAsync(name), "Conciergerie d'entreprise", city));
        await _factory.UserAsync("admin@step.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        await _factory.UserAsync("staff@conciergerie.invalid", false, new ActorMembership(head, Roles.NetworkStaff));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<int> OpenCandidaciesSeenBy(string email)
    {
        var page = await (await _factory.ClientAsync(email)).GetFromJsonAsync<JsonElement>("/api/network/networks");
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("openCandidacies").GetInt32();
    }

    [Fact]
    public async Task Step_counts_only_its_own_candidacy_and_the_network_head_counts_all()
    {
        Assert.Equal(1, await OpenCandidaciesSeenBy("admin@step.invalid"));
        Assert.Equal(3, await OpenCandidaciesSeenBy("staff@conciergerie.invalid"));
    }
}
