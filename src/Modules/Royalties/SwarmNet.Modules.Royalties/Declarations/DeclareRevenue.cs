using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class DeclareRevenueHandler(DbSession db, ActorContext actor, DeclarationWriter writer, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DeclareRevenue, DeclarationDto>
{
    public async Task<DeclarationDto> Handle(DeclareRevenue request, CancellationToken cancellationToken)
    {
        var agreement = await AgreementAccess.LoadForDeclarantAsync(db, actor.Current, request.AgreementId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = DeclaredContent.Check(request.Revenue, request.NoActivity, "");
        errors.AddRange(SwornStatementRules.Check(request.Sworn, today, "/sworn"));
        var period = request.PeriodStart is { } start ? await DeclarationWriter.PeriodAsync(db, agreement, start, today, cancellationToken) : null;
        if (period is null)
            errors.Insert(0, request.PeriodStart is null ? new FieldError("/periodStart", Text.T("Champ obligatoire.", "Required.")) : DeclarationWriter.NotAPeriod("/periodStart"));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        if (await db.ExecuteScalarAsync<long>(ExistsSql, new { request.AgreementId, PeriodStart = period!.Value.Start }, cancellationToken) > 0)
            throw new ConflictException(Text.T("Cette période est déjà déclarée : corrigez la déclaration existante.",
                "This period is already declared: correct the existing declaration."));

        var content = new DeclarationContent(period.Value.Start, period.Value.End, request.NoActivity ? new Dictionary<string, decimal>() : request.Revenue!,
            request.NoActivity, request.Sworn!);
        var ids = await writer.WriteAsync(agreement, [content], actor.Current, cancellationToken);
        return await mediator.Send(new GetDeclaration(ids[0]), cancellationToken);
    }

    internal const string ExistsSql = "SELECT COUNT(*) FROM royalties_declarations WHERE agreement_id = @AgreementId AND period_start = @PeriodStart";
}
