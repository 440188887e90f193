using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>Exports are the network head's books: its staff and accountants only; anyone else is told it does not exist.</summary>
internal static class ExportAccess
{
    public static void Check(Actor actor, Guid grantorId, DateOnly from, DateOnly to)
    {
        if (!RoyaltyAccess.IsGrantorSide(actor, grantorId))
            throw new NotFoundException(Text.T("Tête de réseau introuvable.", "Network head not found."));
        if (to < from || to.DayNumber - from.DayNumber > 3660)
            throw new InputValidationException("/to", Text.T("Fin postérieure au début, dix ans au plus.", "An end after the start, ten years at most."));
    }
}

/// <summary>A file to download: its bytes, type and name.</summary>
internal sealed record ExportFile(byte[] Content, string ContentType, string FileName);
