using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Web.Layout;

/// <summary>Whose menus a page shows: a network head's, a local structure's or an accountant's.</summary>
public enum Persona
{
    None,
    NetworkHead,
    Structure,
    Accountant,
}

/// <summary>
/// The signed-in user and the organisation they work in now (the switcher's choice when they still belong to it, else
/// their first organisation), with the persona that organisation's role gives. Menus only: handlers check the rights.
/// </summary>
public sealed record Workspace(MeDto Me, MeMembershipDto? Current)
{
    public Persona Persona => Current?.Role switch
    {
        Roles.NetworkAdmin or Roles.NetworkStaff => Persona.NetworkHead,
        Roles.StructureAdmin or Roles.StructureMember => Persona.Structure,
        Roles.Accountant => Persona.Accountant,
        _ => Persona.None,
    };

    public Guid? OrganizationId => Current?.OrganizationId;

    public static Workspace For(MeDto me, Guid? chosen) =>
        new(me, me.Memberships.FirstOrDefault(m => m.OrganizationId == chosen) ?? me.Memberships.FirstOrDefault());
}
