using System.Globalization;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Access;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Receivables;

internal sealed class GetAgedReceivablesHandler(DbSession db, ActorContext actor, RoyaltiesOptions options, TimeProvider clock)
    : IRequestHandler<GetAgedReceivables, AgedReceivablesDto>
{
    public async Task<AgedReceivablesDto> Handle(GetAgedReceivables request, CancellationToken cancellationToken)
    {
        if (!RoyaltyAccess.IsGrantorSide(actor.Current, request.GrantorOrganizationId))
            throw new NotFoundException(Text.T("Tête de réseau introuvable.", "Network head not found."));
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.QueryAsync<StatementRow>(SelectOpenSql, new { Grantor = request.GrantorOrganizationId }, cancellationToken);
        var payments = (await db.QueryAsync<GetStatementHandler.PaymentRow>(SelectPaymentsSql, new { Grantor = request.GrantorOrganizationId }, cancellationToken))
            .ToLookup(p => p.StatementId);
        var debtors = open.GroupBy(s => (s.StructureOrganizationId, s.StructureName))
            .Select(g => new DebtorReceivables(g.Key.StructureOrganizationId, g.Key.StructureName, g.Count(), Buckets(g, payments, asOf)))
            .OrderBy(d => d.StructureName, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();
        return new AgedReceivablesDto(request.GrantorOrganizationId, asOf, debtors, Sum(debtors.Select(d => d.Amounts)));
    }

    private AgingBuckets Buckets(IEnumerable<StatementRow> statements, ILookup<Guid, GetStatementHandler.PaymentRow> payments, DateOnly asOf)
    {
        var (notDue, b30, b60, b90, over, interest, indemnities) = (0m, 0m, 0m, 0m, 0m, 0m, 0m);
        foreach (var s in statements)
        {
            var late = asOf.DayNumber - s.DueOn!.Value.DayNumber;
            var due = s.Outstanding;
            if (late <= 0)
                notDue += due;
            else if (late <= 30)
                b30 += due;
            else if (late <= 60)
                b60 += due;
            else if (late <= 90)
                b90 += due;
            else
                over += due;
            if (GetStatementHandler.LateCharges(s, payments[s.Id], asOf, options) is { } charges)
                (interest, indemnities) = (interest + charges.Interest, indemnities + charges.Indemnity);
        }
        return new AgingBuckets(notDue, b30, b60, b90, over, notDue + b30 + b60 + b90 + over, interest, indemnities);
    }

    private static AgingBuckets Sum(IEnumerable<AgingBuckets> all) => all.Aggregate(new AgingBuckets(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m), (a, b) => new(
        a.NotDue + b.NotDue, a.Days0To30 + b.Days0To30, a.Days31To60 + b.Days31To60, a.Days61To90 + b.Days61To90, a.Over90 + b.Over90, a.Total + b.Total,
        a.LateInterest + b.LateInterest, a.Indemnities + b.Indemnities));

    internal const string SelectOpenSql = "SELECT " + StatementRow.Columns + StatementRow.From +
        " WHERE s.grantor_organization_id = @Grantor AND s.state = 'Issued' ORDER BY s.due_on";

    internal const string SelectPaymentsSql = """
        SELECT p.id, p.statement_id, p.paid_on, p.amount_cents, p.reference, p.recorded_by_name, p.recorded_at
        FROM royalties_payments p JOIN royalties_statements s ON s.id = p.statement_id
        WHERE s.grantor_organization_id = @Grantor AND s.state = 'Issued'
        """;
}
