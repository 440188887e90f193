using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The network head onboarding STEP invites its first user over HTTP, though it is not a member of STEP.</summary>
public sealed class OnboardingInvitationEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private Guid _step;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        var head = await _factory.OrganizationAsync("Les Triporteurs", OrganizationKind.NetworkHead);
        _step = await _factory.OrganizationAsync("STEP");
        var network = await _factory.SendAsSystemAsync(new CreateNetwork(head, "Les Triporteurs", ["Les Triporteurs"], null, null, null));
        await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, _step, "Livraison à vélo cargo", "Pau"));
        await _factory.UserAsync("staff@triporteurs.invalid", false, new ActorMembership(head, Roles.NetworkStaff));
        _staff = await _factory.ClientAsync("staff@triporteurs.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_network_head_invites_a_structures_first_user()
    {
        Assert.Equal(HttpStatusCode.OK, (await _staff.GetAsync($"/api/network/organizations/{_step}")).StatusCode);

        var invited = await _staff.PostAsJsonAsync($"/api/network/organizations/{_step}/invitations",
            new { email = "direction@step.invalid", role = Roles.StructureAdmin });
        var body = await invited.Content.ReadAsStringAsync();
        Assert.True(invited.StatusCode == HttpStatusCode.Created, body);
        await _factory.MailToAsync("direction@step.invalid");

        var wrongRole = await _staff.PostAsJsonAsync($"/api/network/organizations/{_step}/invitations",
            new { email = "x@step.invalid", role = Roles.NetworkAdmin });
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);
        Assert.Equal("/role", (await wrongRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("path").GetString());
    }
}
