using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>Loads an agreement the actor may see, or answers 404 as if it did not exist.</summary>
internal static class AgreementAccess
{
    public static async Task<AgreementRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var row = await AgreementData.AgreementAsync(db, id, ct);
        return row is not null && RoyaltyAccess.CanSee(actor, row.GrantorOrganizationId, row.StructureOrganizationId) ? row : throw NotFound();
    }

    /// <summary>Only the structure bound by the agreement declares its revenue.</summary>
    public static async Task<AgreementRow> LoadForDeclarantAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var row = await LoadVisibleAsync(db, actor, id, ct);
        return RoyaltyAccess.IsStructureSide(actor, row.StructureOrganizationId) ? row : throw new ForbiddenException(Text.T(
            "Seuls les membres de la structure déclarent son chiffre d'affaires.", "Only the structure's members declare its revenue."));
    }

    public static NotFoundException NotFound() => new(Text.T("Contrat de redevances introuvable.", "Royalty agreement not found."));
}
