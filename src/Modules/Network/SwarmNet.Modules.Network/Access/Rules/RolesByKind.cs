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
        var list = Describe(allowed);
        throw new InputValidationException("/role", kind == OrganizationKind.NetworkHead
            ? Text.T($"Rôle impossible dans une tête de réseau. Valeurs possibles : {list}.", $"Not a role of a network head. Allowed: {list}.")
            : Text.T($"Rôle impossible dans une structure locale. Valeurs possibles : {list}.", $"Not a role of a local structure. Allowed: {list}."));
    }

    private static readonly Dictionary<string, (string French, string English)> Names = new()
    {
        [Roles.NetworkAdmin] = ("administrateur·rice du réseau", "network admin"),
        [Roles.NetworkStaff] = ("chargé·e de réseau", "network staff"),
        [Roles.StructureAdmin] = ("administrateur·rice de la structure", "structure admin"),
        [Roles.StructureMember] = ("membre de la structure", "structure member"),
        [Roles.Accountant] = ("comptable", "accountant"),
    };

    /// <summary>The glossary's name of a role, in the reader's language.</summary>
    public static string Label(string role) => Names.TryGetValue(role, out var name) ? Text.T(name.French, name.English) : role;

    /// <summary>The glossary's French name of a role, for texts that are always French (the invitation e-mail).</summary>
    public static string FrenchLabel(string role) => Names.TryGetValue(role, out var name) ? name.French : role;

    /// <summary>"NetworkAdmin (administrateur·rice du réseau), …": the values an API client sends, with what they mean.</summary>
    public static string Describe(IEnumerable<string> roles) => string.Join(", ", roles.Select(r => $"{r} ({Label(r)})"));
}
