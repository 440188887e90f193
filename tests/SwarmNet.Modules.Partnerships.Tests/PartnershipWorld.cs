using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>
/// Simplon (network head, the lead) and its network, STEP in Pau (the host), the Région (a funder), an outsider, and the
/// people who act for each: the world every partnership scenario shares.
/// </summary>
internal sealed record PartnershipWorld(
    OrganizationDto Simplon, OrganizationDto Step, OrganizationDto Region, OrganizationDto Outsider, NetworkDto Network,
    Actor SimplonAdmin, Actor SimplonStaff, Actor StepAdmin, Actor StepMember, Actor RegionAdmin, Actor OutsiderAdmin)
{
    public static async Task<PartnershipWorld> CreateAsync(TestServices services)
    {
        var simplon = await services.SendAsync(new RegisterOrganization("Simplon", OrganizationKind.NetworkHead, LegalForm.SasSarlEsus, null, null, "93100", "Montreuil"));
        var step = await services.SendAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.EntrepriseInsertion, null, null, "64000", "Pau", "EI 64"));
        var region = await services.SendAsync(new RegisterOrganization("Région Nouvelle-Aquitaine", OrganizationKind.LocalStructure, LegalForm.Other, null, null,
            "33000", "Bordeaux"));
        var outsider = await services.SendAsync(new RegisterOrganization("Ailleurs", OrganizationKind.NetworkHead, LegalForm.Scic, null, null, null, "Lille"));
        var simplonAdmin = NetworkFixture.Person("Admin Simplon", simplon.Id, Roles.NetworkAdmin);
        var network = await services.SendAsync(new CreateNetwork(simplon.Id, "Fabriques numériques Simplon", ["Simplon"], "Formations numériques", null, null),
            simplonAdmin);
        return new PartnershipWorld(simplon, step, region, outsider, network, simplonAdmin,
            NetworkFixture.Person("Chargée de réseau Simplon", simplon.Id, Roles.NetworkStaff), NetworkFixture.Person("Référente STEP", step.Id, Roles.StructureAdmin),
            NetworkFixture.Person("Formatrice STEP", step.Id, Roles.StructureMember), NetworkFixture.Person("Chargé de mission Région", region.Id, Roles.StructureAdmin),
            NetworkFixture.Person("Admin Ailleurs", outsider.Id, Roles.NetworkAdmin));
    }
}
