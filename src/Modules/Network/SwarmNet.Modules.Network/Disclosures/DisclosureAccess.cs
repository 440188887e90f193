using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

/// <summary>Only the network head's staff record a DIP (it is theirs to give), on an open candidacy; the structure reads it.</summary>
internal static class DisclosureAccess
{
    public static async Task<CandidacyRow> LoadForRecordingAsync(DbSession db, Actor actor, Guid candidacyId, CancellationToken ct)
    {
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor, candidacyId, ct);
        if (!actor.HasRole(candidacy.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau enregistre le document d'information précontractuelle.",
                "Only the network head's staff record the pre-contractual disclosure document."));
        if (!CandidacyStages.IsOpen(candidacy.Stage))
            throw new InputValidationException("/candidacyId", Text.T("La candidature est close.", "The candidacy is closed."));
        return candidacy;
    }
}
