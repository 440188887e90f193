using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>The other structure (an admin, an invitation, a token), its network head, its network and a candidacy.</summary>
internal static class NetworkSamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var factory = world.Factory;
        var structure = world.Sample("organizationId", await factory.OrganizationAsync("Autre Structure"));
        world.Sample("organizations/{id}", structure);
        world.Sample("structureId", structure);
        world.Sample("userId", await factory.UserAsync("admin.autre@tests.swarmnet.invalid", false, new ActorMembership(structure, Roles.StructureAdmin)));
        var structureClient = await factory.ClientAsync("admin.autre@tests.swarmnet.invalid");
        world.Sample("invitationId", await AccessWorld.IdOf(structureClient.PostAsJsonAsync($"/api/network/organizations/{structure}/invitations",
            new { email = "invitee.autre@tests.swarmnet.invalid", role = Roles.StructureMember })));
        var token = await (await structureClient.PostAsJsonAsync("/api/auth/tokens", new { name = "autre" })).Content.ReadFromJsonAsync<JsonElement>();
        world.Sample("tokenId", token.GetProperty("id").GetGuid());

        var head = world.Sample("grantorOrganizationId", await factory.OrganizationAsync("Autre Tête", OrganizationKind.NetworkHead));
        world.Sample("onBehalfOf", head);
        await factory.UserAsync("tete.autre@tests.swarmnet.invalid", false, new ActorMembership(head, Roles.NetworkAdmin));
        var network = await factory.SendAsSystemAsync(new CreateNetwork(head, "Autre Réseau", ["Autre Marque"], null, null, null));
        world.Sample("networkId", network.Id);
        var candidacy = await factory.SendAsSystemAsync(new OpenCandidacy(network.Id, structure, "Modèle", "Territoire"));
        world.Sample("candidacyId", candidacy.Id);
        world.Sample("itemId", candidacy.Checklist[0].Id);
        world.Secret("admin.autre@", "tete.autre@", "invitee.autre@", "Autre Structure", "Autre Tête", "Autre Réseau", "Autre Marque");

        (world.Structure, world.Head, world.StructureClient) = (structure, head, structureClient);
        world.HeadClient = await factory.ClientAsync("tete.autre@tests.swarmnet.invalid");
    }
}
