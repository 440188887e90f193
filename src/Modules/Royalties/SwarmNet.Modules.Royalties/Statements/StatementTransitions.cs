using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Statements;

internal sealed class StatementTransitionHandlers(DbSession db, ActorContext actor, StatementHistory history, IMediator mediator, TimeProvider clock) :
    IRequestHandler<SubmitStatement, StatementDto>, IRequestHandler<ApproveStatement, StatementDto>, IRequestHandler<SendBackStatement, StatementDto>
{
    public async Task<StatementDto> Handle(SubmitStatement request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        if (!RoyaltyAccess.IsGrantorSide(actor.Current, row.GrantorOrganizationId))
            throw new ForbiddenException(Text.T("Seule la tête de réseau soumet un relevé en revue.", "Only the network head submits a statement for review."));
        return await MoveAsync(row, request.Version, StatementStates.Draft, StatementStates.InReview, "submitted", null, cancellationToken);
    }

    public async Task<StatementDto> Handle(ApproveStatement request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadForAccountantAsync(db, actor.Current, request.Id, cancellationToken);
        return await MoveAsync(row, request.Version, StatementStates.InReview, StatementStates.Approved, "approved", null, cancellationToken);
    }

    public async Task<StatementDto> Handle(SendBackStatement request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadForAccountantAsync(db, actor.Current, request.Id, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Comment) || request.Comment.Length > 2000)
            throw new InputValidationException("/comment", Text.T("Commentaire de 1 à 2000 caractères : dites ce qui ne va pas.", "A comment of 1 to 2000 characters: say what is wrong."));
        return await MoveAsync(row, request.Version, StatementStates.InReview, StatementStates.Draft, "sentBack", request.Comment.Trim(), cancellationToken);
    }

    private async Task<StatementDto> MoveAsync(StatementRow row, int version, string from, string to, string action, string? comment, CancellationToken ct)
    {
        if (row.State != from)
            throw StatementAccess.WrongState(row.State);
        if (await db.ExecuteAsync(MoveSql, new { row.Id, Version = version, From = from, To = to, Now = clock.GetUtcNow() }, ct) == 0)
            throw StatementAccess.Stale();
        await history.RecordAsync(row.Id, action, to, comment, actor.Current, ct);
        return await mediator.Send(new GetStatement(row.Id), ct);
    }

    internal const string MoveSql = """
        UPDATE royalties_statements SET state = @To, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version AND state = @From
        """;
}
