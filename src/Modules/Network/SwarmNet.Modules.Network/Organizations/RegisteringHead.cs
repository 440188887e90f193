using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>The network head a person registers (or looks up) structures for: the one named, or their only one.</summary>
internal static class RegisteringHead
{
    /// <summary>Platform admins act for no head (null); a network head's staff for theirs; anyone else is refused.</summary>
    public static Guid? Of(Actor actor, Guid? onBehalfOf)
    {
        if (onBehalfOf is { } chosen)
            return actor.HasRole(chosen, Roles.NetworkAdmin, Roles.NetworkStaff)
                ? chosen
                : throw new InputValidationException("/onBehalfOf", Text.T("Vous n'agissez pas pour cette tête de réseau.", "You do not act for this network head."));
        if (actor.IsPlatformAdmin)
            return null;
        var heads = actor.Memberships.Where(m => m.Role is Roles.NetworkAdmin or Roles.NetworkStaff).Select(m => m.OrganizationId).Distinct().ToList();
        return heads.Count switch
        {
            1 => heads[0],
            0 => throw new ForbiddenException(Text.T("Seule l'équipe d'une tête de réseau peut enregistrer une structure.",
                "Only a network head's staff can register an organization.")),
            _ => throw new InputValidationException("/onBehalfOf", Text.T("Précisez pour quelle tête de réseau vous agissez.", "Say which network head you act for.")),
        };
    }
}
