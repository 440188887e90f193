using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Web.Layout;

/// <summary>Roles as users read them (the glossary's words), never the code names.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.NetworkAdmin => Text.T("Administrateur·rice du réseau", "Network administrator"),
        Roles.NetworkStaff => Text.T("Chargé·e de réseau", "Network staff"),
        Roles.StructureAdmin => Text.T("Administrateur·rice de la structure", "Structure administrator"),
        Roles.StructureMember => Text.T("Membre de la structure", "Structure member"),
        Roles.Accountant => Text.T("Comptable", "Accountant"),
        _ => role,
    };
}
