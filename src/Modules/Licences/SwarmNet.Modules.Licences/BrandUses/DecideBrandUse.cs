using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.BrandUses;

/// <summary>The network approves or rejects a submitted use; a rejection says why, so the licensee can fix it.</summary>
internal sealed record DecideBrandUse(Guid BrandUseId, bool Approve, string? Comment) : ICommand<BrandUseDto>;

internal sealed class DecideBrandUseHandler(DbSession db, ActorContext actorContext, ContractStore<LicenceKind> store, ContractHistory<LicenceKind> history,
    TimeProvider clock)
    : IRequestHandler<DecideBrandUse, BrandUseDto>
{
    public async Task<BrandUseDto> Handle(DecideBrandUse request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (use, licence) = await BrandUseAccess.LoadVisibleAsync(db, store, actor, request.BrandUseId, cancellationToken);
        if (!BrandUseAccess.CanDecide(actor, licence))
            throw ContractAccess.NotManager(LicenceKind.Info);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (!request.Approve && comment is null || comment is { Length: > 2000 })
            throw new InputValidationException("/comment", Text.T("Un refus s'explique (commentaire de 1 à 2000 caractères).", "A rejection needs a comment (1 to 2000 characters)."));
        var status = request.Approve ? BrandUseStatus.Approved : BrandUseStatus.Rejected;
        if (await db.ExecuteAsync(DecideSql, new { use.Id, Status = status.ToString(), Comment = comment, Now = clock.GetUtcNow(), ActorName = actor.DisplayName },
                cancellationToken) == 0)
            throw new ConflictException(Text.T("Cet usage a déjà été examiné.", "This use was already decided."));
        await history.RecordAsync(use.LicenceId, "brandUseDecided", $"{Glossary.Of(use.Kind)} : {Glossary.Of(status)}{(comment is null ? "" : " — " + comment)}", actor, cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<BrandUseRow>(BrandUseAccess.SelectSql, new { use.Id }, cancellationToken))!.ToDto();
    }

    internal const string DecideSql = """
        UPDATE licences_brand_uses SET status = @Status, comment = @Comment, decided_at = @Now, decided_by_name = @ActorName
        WHERE id = @Id AND status = 'Submitted'
        """;
}
