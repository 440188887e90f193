using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>
/// The nightly close: every declared period without a statement gets its draft, and every undeclared period past its
/// declaration due date gets a statement on zero revenue, flagged undeclared, so fixed fees and minimums are billed.
/// Periods that start during a suspension are not claimed. Safe twice and on two hosts: a period statement is unique.
/// Looks back <see cref="LookBackMonths"/> months by default: older gaps were the business of earlier nights.
/// </summary>
internal sealed record ComputeDueStatements(DateOnly? Today = null, int LookBackMonths = ComputeDueStatementsHandler.LookBackMonths) : ICommand, IDurableCommand;

internal sealed class ComputeDueStatementsHandler(DbSession db, StatementStore store, ActorContext actor, TimeProvider clock)
    : IRequestHandler<ComputeDueStatements, Unit>
{
    public const string JobId = "royalties.compute-due-statements";
    public const int LookBackMonths = 24;

    public async Task<Unit> Handle(ComputeDueStatements request, CancellationToken cancellationToken)
    {
        var today = request.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var windowStart = today.AddMonths(-request.LookBackMonths);
        if (!await db.LockAsync(JobId, cancellationToken))
            return Unit.Value;
        var agreements = await db.QueryAsync<AgreementRow>(SelectAgreementsSql, new { Since = windowStart }, cancellationToken);
        var versions = await AgreementData.VersionsAsync(db, null, cancellationToken);
        var declarations = await AgreementData.DeclarationsAsync(db, null, windowStart.AddMonths(-12), cancellationToken);
        var existing = (await db.QueryAsync<PeriodKey>(SelectExistingSql, new { Since = windowStart }, cancellationToken))
            .Select(k => (k.AgreementId, k.PeriodStart)).ToHashSet();
        var suspensions = (await db.QueryAsync<Suspension>(SelectSuspensionsSql, null, cancellationToken)).ToLookup(s => s.AgreementId);

        var statements = new List<NewStatement>();
        foreach (var agreement in agreements)
        {
            var declared = declarations.GetValueOrDefault(agreement.Id) ?? [];
            var calculator = new AgreementCalculator(agreement, [.. versions[agreement.Id]], declared);
            var due = calculator.Periods(today)
                .Select(p => p.Period)
                .Where(p => p.Start >= windowStart && !existing.Contains((agreement.Id, p.Start)))
                .Where(p => declared.ContainsKey(p.Start)
                            || (p.End.AddDays(agreement.DeclarationDueDays) < today
                                && !suspensions[agreement.Id].Any(s => s.FromDate <= p.Start && (s.ToDate is null || p.Start <= s.ToDate))))
                .Select(p => p.Start)
                .ToList();
            if (due.Count == 0)
                continue;
            statements.AddRange(calculator.Compute(due).Select(c =>
                new NewStatement(Guid.CreateVersion7(), agreement, StatementKinds.Period, c, [.. c.Lines.Select(l => (l, (Guid?)null))], [])));
        }
        await store.InsertAsync(statements, actor.Current, StatementRefresh.Computed, cancellationToken);
        return Unit.Value;
    }

    private sealed class PeriodKey
    {
        public Guid AgreementId { get; init; }
        public DateOnly PeriodStart { get; init; }
    }

    private sealed class Suspension
    {
        public Guid AgreementId { get; init; }
        public DateOnly FromDate { get; init; }
        public DateOnly? ToDate { get; init; }
    }

    internal const string SelectAgreementsSql = "SELECT " + AgreementRow.Columns +
        " FROM royalties_agreements a WHERE a.status <> 'Ended' OR a.ended_on >= @Since";

    internal const string SelectExistingSql =
        "SELECT agreement_id, period_start FROM royalties_statements WHERE kind = 'period' AND period_start >= @Since";

    internal const string SelectSuspensionsSql = "SELECT agreement_id, from_date, to_date FROM royalties_suspensions";
}
