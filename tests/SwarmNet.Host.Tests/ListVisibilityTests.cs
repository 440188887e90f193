using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Host.Tests.AccessSamples;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Who sees what in the lists that take no resource in their route: networks (the owner's members, candidate
/// structures, platform admins) and a head's licence templates (its members and platform admins).
/// Two heads with a network and a template each; STEP is a candidate in the first network, Ailleurs in none.
/// </summary>
public sealed class ListVisibilityTests(ListVisibilityTests.World world) : IClassFixture<ListVisibilityTests.World>
{
    private readonly SwarmNetFactory _factory = world.Factory;
    private readonly Guid _triporteurs = world.Triporteurs;
    private readonly Guid _autre = world.Autre;

    [Theory]
    [InlineData("triporteurs", "Réseau Les Triporteurs")]
    [InlineData("staff.triporteurs", "Réseau Les Triporteurs")]
    [InlineData("autre", "Réseau Autre")]
    [InlineData("step", "Réseau Les Triporteurs")]
    [InlineData("ailleurs", "")]
    public async Task A_network_is_listed_to_its_owner_and_its_candidates_only(string login, string expected)
    {
        var client = await _factory.ClientAsync($"{login}@tests.swarmnet.invalid");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/network/networks?search=R%C3%A9seau");

        Assert.Equal(expected, string.Join(", ", page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString())));
        Assert.Equal(expected.Length == 0 ? 0 : 1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_platform_admin_lists_every_network()
    {
        var page = await (await _factory.AdminClientAsync()).GetFromJsonAsync<JsonElement>("/api/network/networks");

        Assert.Equal(["Réseau Autre", "Réseau Les Triporteurs"], page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("triporteurs", "Modèle Les Triporteurs")]
    [InlineData("staff.triporteurs", "Modèle Les Triporteurs")]
    [InlineData("autre", null)]
    [InlineData("step", null)]
    [InlineData("ailleurs", null)]
    public async Task A_heads_templates_are_listed_to_its_members_only(string login, string? expected)
    {
        var client = await _factory.ClientAsync($"{login}@tests.swarmnet.invalid");

        var response = await client.GetAsync($"/api/licences/templates?grantorOrganizationId={_triporteurs}");

        if (expected is null)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Modèle", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
            Assert.Equal([expected], (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_platform_admin_lists_any_heads_templates()
    {
        var admin = await _factory.AdminClientAsync();

        var templates = await admin.GetFromJsonAsync<JsonElement>($"/api/licences/templates?grantorOrganizationId={_autre}");

        Assert.Equal(["Modèle Autre Tête"], templates.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    /// <summary>Built once for the class: the tests only read.</summary>
    public sealed class World : IAsyncLifetime
    {
        public SwarmNetFactory Factory { get; } = new();

        public Guid Triporteurs { get; private set; }

        public Guid Autre { get; private set; }

        public async Task InitializeAsync()
        {
            Triporteurs = await HeadAsync("Les Triporteurs", "triporteurs");
            Autre = await HeadAsync("Autre Tête", "autre");
            var network = await Factory.SendAsSystemAsync(new CreateNetwork(Triporteurs, "Réseau Les Triporteurs", ["Les Triporteurs"], null, null, null));
            await Factory.SendAsSystemAsync(new CreateNetwork(Autre, "Réseau Autre", ["Autre Marque"], null, null, null));
            // A template grants a brand of its head's own network (docs/adr/0075).
            await TemplateAsync(Triporteurs, "triporteurs", "Les Triporteurs", "Les Triporteurs");
            await TemplateAsync(Autre, "autre", "Autre Tête", "Autre Marque");
            var step = await Factory.OrganizationAsync("STEP");
            await Factory.UserAsync("step@tests.swarmnet.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
            await Factory.SendAsSystemAsync(new OpenCandidacy(network.Id, step, "Livraison à vélo cargo", "Pau"));
            var elsewhere = await Factory.OrganizationAsync("Ailleurs");
            await Factory.UserAsync("ailleurs@tests.swarmnet.invalid", false, new ActorMembership(elsewhere, Roles.StructureAdmin));
            await Factory.UserAsync("staff.triporteurs@tests.swarmnet.invalid", false, new ActorMembership(Triporteurs, Roles.NetworkStaff));
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();

        private async Task<Guid> HeadAsync(string name, string login)
        {
            var head = await Factory.OrganizationAsync(name, OrganizationKind.NetworkHead);
            await Factory.UserAsync($"{login}@tests.swarmnet.invalid", false, new ActorMembership(head, Roles.NetworkAdmin));
            return head;
        }

        private async Task TemplateAsync(Guid head, string login, string name, string brand)
        {
            var admin = await Factory.ClientAsync($"{login}@tests.swarmnet.invalid");
            await AccessWorld.IdOf(admin.PostAsJsonAsync("/api/licences/templates", new
            {
                grantorOrganizationId = head, name = $"Modèle {name}", royaltyTerms = LicenceEndpointTests.Royalties,
                brand = new { name = brand, niceClasses = new[] { 39 }, activities = new[] { "Livraison" } },
            }));
        }
    }
}
