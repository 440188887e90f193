using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class CorrectDeclarationHandler(DbSession db, ActorContext actor, DeclarationWriter writer, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CorrectDeclaration, DeclarationDto>
{
    public async Task<DeclarationDto> Handle(CorrectDeclaration request, CancellationToken cancellationToken)
    {
        var current = await db.QuerySingleOrDefaultAsync<Current>(SelectSql, new { Id = request.DeclarationId }, cancellationToken)
                      ?? throw GetDeclarationHandler.NotFound();
        var agreement = await AgreementAccess.LoadForDeclarantAsync(db, actor.Current, current.AgreementId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = DeclaredContent.Check(request.Revenue, request.NoActivity, "");
        errors.AddRange(SwornStatementRules.Check(request.Sworn, today, "/sworn"));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        if (current.CurrentVersion != request.Version)
            throw new ConflictException(Text.T("La déclaration a été corrigée entre-temps : rechargez-la.", "The declaration was corrected in the meantime: reload it."));

        var content = new DeclarationContent(current.PeriodStart, current.PeriodEnd, request.NoActivity ? new Dictionary<string, decimal>() : request.Revenue!,
            request.NoActivity, request.Sworn!);
        await writer.WriteAsync(agreement, [content], actor.Current, cancellationToken);
        return await mediator.Send(new GetDeclaration(current.Id), cancellationToken);
    }

    private sealed class Current
    {
        public Guid Id { get; init; }
        public Guid AgreementId { get; init; }
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public int CurrentVersion { get; init; }
    }

    internal const string SelectSql = "SELECT id, agreement_id, period_start, period_end, current_version FROM royalties_declarations WHERE id = @Id";
}
