using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class ListDeclarationPeriodsHandler(DbSession db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<ListDeclarationPeriods, IReadOnlyList<DeclarationPeriodDto>>
{
    public async Task<IReadOnlyList<DeclarationPeriodDto>> Handle(ListDeclarationPeriods request, CancellationToken cancellationToken)
    {
        var agreement = await AgreementAccess.LoadVisibleAsync(db, actor.Current, request.AgreementId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var versions = (await AgreementData.VersionsAsync(db, agreement.Id, cancellationToken))[agreement.Id].ToList();
        var declared = (await db.QueryAsync<Declared>(SelectDeclaredSql, new { AgreementId = agreement.Id }, cancellationToken)).ToDictionary(d => d.PeriodStart);
        return [.. new AgreementCalculator(agreement, versions, new Dictionary<DateOnly, DeclaredRevenue>()).Periods(today)
            .Select(p => p.Period).Where(p => p.Start <= today).OrderByDescending(p => p.Start)
            .Select(p => declared.TryGetValue(p.Start, out var d) ? new DeclarationPeriodDto(p.Start, p.End, d.Id, d.CurrentVersion) : new DeclarationPeriodDto(p.Start, p.End, null, null))];
    }

    private sealed class Declared
    {
        public Guid Id { get; init; }
        public DateOnly PeriodStart { get; init; }
        public int CurrentVersion { get; init; }
    }

    internal const string SelectDeclaredSql = "SELECT id, period_start, current_version FROM royalties_declarations WHERE agreement_id = @AgreementId";
}
