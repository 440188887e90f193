using FluentValidation;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>Who administers an organisation, and the checks every membership use case starts with.</summary>
internal static class OrganizationRoles
{
    public static readonly string[] Admins = [Roles.NetworkAdmin, Roles.StructureAdmin];

    /// <summary>For SQL: the admin roles as a literal list.</summary>
    public const string AdminsSqlList = "('" + Roles.NetworkAdmin + "', '" + Roles.StructureAdmin + "')";

    public static bool IsAdmin(string role) => Admins.Contains(role);

    public static IRuleBuilderOptions<T, string?> KnownRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(r => r is not null && Roles.OfOrganizations.Contains(r))
            .WithMessage(_ => Text.T($"Rôle inconnu. Valeurs possibles : {RolesByKind.Describe(Roles.OfOrganizations)}.",
                $"Unknown role. Allowed: {RolesByKind.Describe(Roles.OfOrganizations)}."));

    /// <summary>Outsiders learn nothing (404); members without an admin role are told they may not (403).</summary>
    public static void EnsureAdmin(Actor actor, Guid organizationId)
    {
        EnsureVisible(actor, organizationId);
        if (!actor.HasRole(organizationId, Admins))
            throw new ForbiddenException(Text.T("Réservé aux administrateurs de l'organisation.", "Organisation admins only."));
    }

    public static void EnsureVisible(Actor actor, Guid organizationId)
    {
        if (!actor.CanSee(organizationId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
    }
}
