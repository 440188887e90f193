using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Testing;

/// <summary>
/// Les Triporteurs (network head) with its network, STEP and Roule Ma Poule as its structures, an unrelated network head,
/// and an actor for each role: the world the Network and contract-module scenarios share.
/// </summary>
public sealed record NetworkFixture(
    OrganizationDto Head, OrganizationDto Step, OrganizationDto Other, OrganizationDto Outsider, NetworkDto Network,
    Actor HeadAdmin, Actor HeadStaff, Actor StepAdmin, Actor OutsiderAdmin)
{
    public static async Task<NetworkFixture> CreateAsync(TestServices services)
    {
        var head = await services.SendAsync(new RegisterOrganization("Les Triporteurs", OrganizationKind.NetworkHead, LegalForm.AssociationLoi1901, null, null, null, "Bordeaux"));
        var step = await services.SendAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.EntrepriseInsertion, null, null, null, "Pau", "EI 64",
            OnBehalfOf: head.Id));
        var other = await services.SendAsync(new RegisterOrganization("Roule Ma Poule", OrganizationKind.LocalStructure, LegalForm.Scop, null, null, null, "Lyon",
            OnBehalfOf: head.Id));
        var outsider = await services.SendAsync(new RegisterOrganization("Ailleurs", OrganizationKind.NetworkHead, LegalForm.Scic, null, null, null, "Lille"));
        var headAdmin = Person("Admin Les Triporteurs", head.Id, Roles.NetworkAdmin);
        var network = await services.SendAsync(new CreateNetwork(head.Id, "Les Triporteurs", ["Les Triporteurs"], "Livraison à vélo cargo", null, null), headAdmin);
        return new NetworkFixture(head, step, other, outsider, network, headAdmin,
            Person("Chargée de réseau", head.Id, Roles.NetworkStaff), Person("Référente STEP", step.Id, Roles.StructureAdmin),
            Person("Admin Ailleurs", outsider.Id, Roles.NetworkAdmin));
    }

    public static Actor Person(string name, Guid organizationId, string role) =>
        new(Guid.CreateVersion7(), name, true, false, [new ActorMembership(organizationId, role)]);
}
