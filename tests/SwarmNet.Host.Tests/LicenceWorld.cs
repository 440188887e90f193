using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// A network head with its network and brand, and a local structure, each with the person who signs for it, signed in:
/// the world the licence tests over HTTP share.
/// </summary>
internal sealed record LicenceWorld(Guid Head, Guid Network, Guid Structure, Guid Candidacy, HttpClient HeadAdmin, HttpClient StructureAdmin)
{
    /// <summary>
    /// The structure's candidacy is in contracting and, when <paramref name="disclosed"/>, was given a complete DIP three
    /// years ago: exclusive licences may be signed for it (docs/adr/0073, 0077).
    /// </summary>
    public static async Task<LicenceWorld> CreateAsync(SwarmNetFactory factory, string head, string brand, string structure, string prefix, bool disclosed = true)
    {
        var headId = await factory.OrganizationAsync(head, OrganizationKind.NetworkHead);
        var network = await factory.SendAsSystemAsync(new CreateNetwork(headId, head, [brand], null, null, null));
        // Registered by the head, which may therefore draft for it (docs/adr/0021).
        var structureId = (await factory.SendAsSystemAsync(new RegisterOrganization(structure, OrganizationKind.LocalStructure, LegalForm.Other, null, null, null, null,
            OnBehalfOf: headId))).Id;
        await factory.UserAsync($"{prefix}.tete@tests.swarmnet.invalid", false, new ActorMembership(headId, Roles.NetworkAdmin));
        await factory.UserAsync($"{prefix}.structure@tests.swarmnet.invalid", false, new ActorMembership(structureId, Roles.StructureAdmin));
        var headAdmin = await factory.ClientAsync($"{prefix}.tete@tests.swarmnet.invalid");
        var candidacy = await factory.SendAsSystemAsync(new OpenCandidacy(network.Id, structureId, "Licence de marque", "Territoire"));
        await Disclosures.ToContractingAsync(factory, candidacy);
        if (disclosed)
            await Disclosures.PostAsync(headAdmin, candidacy.Id, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(-1100));
        return new LicenceWorld(headId, network.Id, structureId, candidacy.Id, headAdmin, await factory.ClientAsync($"{prefix}.structure@tests.swarmnet.invalid"));
    }

    /// <summary>A licence drafted by the head for its structure; its id.</summary>
    public async Task<Guid> DraftAsync(object content, Guid? candidacyId = null) =>
        (await Ok(await HeadAdmin.PostAsJsonAsync("/api/licences", new { grantorOrganizationId = Head, licenseeOrganizationId = Structure, candidacyId, content }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The head signs, then the structure: the licence as it then reads.</summary>
    public async Task<JsonElement> SignBothAsync(Guid licence)
    {
        var head = await Ok(await HeadAdmin.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = await VersionAsync(licence) }), HttpStatusCode.OK);
        return await Ok(await StructureAdmin.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = head.GetProperty("version").GetInt32() }),
            HttpStatusCode.OK);
    }

    public async Task<int> VersionAsync(Guid licence) =>
        (await HeadAdmin.GetFromJsonAsync<JsonElement>($"/api/licences/{licence}")).GetProperty("version").GetInt32();

    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
