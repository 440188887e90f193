using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>The roles an organisation can give depend on its kind: no network admin in a local structure, no structure admin in a network head.</summary>
internal static class RolesByKind
{
    private static readonly string[] OfHeads = [Roles.NetworkAdmin, Roles.NetworkStaff, Roles.Accountant];
    private static readonly string[] OfStructures = [Roles.StructureAdmin, Roles.StructureMember];

    public static IReadOnlyList<string> For(OrganizationKind kind) => kind switch
    {
        OrganizationKind.NetworkHead => OfHeads,
        OrganizationKind.LocalStructure => OfStructures,
        _ => [.. OfHeads, .. OfStructures],
    };

    public static void Ensure(OrganizationKind kind, string role)
    {
        var allowed = For(kind);
        if (allowed.Contains(role))
            return;
        var list = string.Join(", ", allowed.Select(r => $"{r} ({Label(r)})"));
        throw new InputValidationException("/role", kind == OrganizationKind.NetworkHead
            ? Text.T($"Rôle impossible dans une tête de réseau. Valeurs possibles : {list}.", $"Not a role of a network head. Allowed: {list}.")
            : Text.T($"Rôle impossible dans une structure locale. Valeurs possibles : {list}.", $"Not a role of a local structure. Allowed: {list}."));
    }

    /// <summary>The glossary's names of the roles.</summary>
    public static string Label(string role) => role switch
    {
        Roles.NetworkAdmin => Text.T("administrateur·rice du réseau", "network admin"),
        Roles.NetworkStaff => Text.T("chargé·e de réseau", "network staff"),
        Roles.StructureAdmin => Text.T("administrateur·rice de la structure", "structure admin"),
        Roles.StructureMember => Text.T("membre de la structure", "structure member"),
        Roles.Accountant => Text.T("comptable", "accountant"),
        _ => role,
    };
}
