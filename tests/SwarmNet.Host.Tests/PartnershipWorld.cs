using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Simplon (the lead) and its network, STEP (the host) and the Région (a funder), each with its signatory signed in, a member
/// of STEP and an outsider: the world the partnership tests over HTTP share.
/// </summary>
internal sealed record PartnershipWorld(Guid Simplon, Guid Network, Guid Step, Guid Region, HttpClient SimplonAdmin, HttpClient StepAdmin, HttpClient StepMember,
    HttpClient RegionAdmin, HttpClient Outsider)
{
    public static async Task<PartnershipWorld> CreateAsync(SwarmNetFactory factory)
    {
        var simplon = await factory.OrganizationAsync("Simplon", OrganizationKind.NetworkHead);
        var network = await factory.SendAsSystemAsync(new CreateNetwork(simplon, "Fabriques numériques Simplon", ["Simplon"], null, null, null));
        var step = await factory.OrganizationAsync("STEP");
        var region = await factory.OrganizationAsync("Région Nouvelle-Aquitaine");
        var outsider = await factory.OrganizationAsync("Ailleurs");
        await factory.UserAsync("admin@simplon.tests.swarmnet.invalid", false, new ActorMembership(simplon, Roles.NetworkAdmin));
        await factory.UserAsync("admin@step.tests.swarmnet.invalid", false, new ActorMembership(step, Roles.StructureAdmin));
        await factory.UserAsync("formatrice@step.tests.swarmnet.invalid", false, new ActorMembership(step, Roles.StructureMember));
        await factory.UserAsync("admin@region.tests.swarmnet.invalid", false, new ActorMembership(region, Roles.StructureAdmin));
        await factory.UserAsync("admin@ailleurs.tests.swarmnet.invalid", false, new ActorMembership(outsider, Roles.StructureAdmin));
        return new PartnershipWorld(simplon, network.Id, step, region, await factory.ClientAsync("admin@simplon.tests.swarmnet.invalid"),
            await factory.ClientAsync("admin@step.tests.swarmnet.invalid"), await factory.ClientAsync("formatrice@step.tests.swarmnet.invalid"),
            await factory.ClientAsync("admin@region.tests.swarmnet.invalid"), await factory.ClientAsync("admin@ailleurs.tests.swarmnet.invalid"));
    }

    public object[] Partners =>
    [
        new { organizationId = Simplon, role = "lead", signatory = new { name = "Directrice générale", title = "Directrice générale" } },
        new { organizationId = Step, role = "host", signatory = new { name = "Directeur STEP", title = "Directeur" } },
        new { organizationId = Region, role = "funder", signatory = new { name = "Vice-présidente", title = "Vice-présidente formation" } },
    ];

    /// <summary>Drafted by Simplon in its network; its id.</summary>
    public async Task<Guid> DraftAsync(object content) =>
        (await Ok(await SimplonAdmin.PostAsJsonAsync("/api/partnerships", new { networkId = Network, content }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Simplon, STEP and the Région sign in turn, each with its own account: the partnership as it then reads.</summary>
    public async Task<JsonElement> SignByAllAsync(Guid id)
    {
        var read = await Ok(await SimplonAdmin.GetAsync($"/api/partnerships/{id}"), HttpStatusCode.OK);
        foreach (var signatory in new[] { SimplonAdmin, StepAdmin, RegionAdmin })
            read = await Ok(await signatory.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = read.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        return read;
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
