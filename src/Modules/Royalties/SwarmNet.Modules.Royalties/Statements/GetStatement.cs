using System.Globalization;
using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Receivables;

namespace SwarmNet.Modules.Royalties.Statements;

internal sealed class GetStatementHandler(DbSession db, ActorContext actor, RoyaltiesOptions options, TimeProvider clock)
    : IRequestHandler<GetStatement, StatementDto>
{
    public async Task<StatementDto> Handle(GetStatement request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        var lines = await db.QueryAsync<StoredLine>(SelectLinesSql, new { row.Id }, cancellationToken);
        var history = await db.QueryAsync<HistoryRow>(SelectHistorySql, new { row.Id }, cancellationToken);
        var payments = await db.QueryAsync<PaymentRow>(SelectPaymentsSql, new { row.Id }, cancellationToken);
        var corrects = await db.QueryAsync<Guid>(SelectCorrectsSql, new { row.Id }, cancellationToken);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new StatementDto(
            Summary(row), decimal.Parse(row.VatRate, CultureInfo.InvariantCulture), row.VatExempt, row.VatExempt ? VatRegimes.ExemptionMention : null,
            [.. lines.Select(l => new StatementLineDto(l.LineNo, l.Kind, l.Label, l.Account, l.Base, l.Amount,
                LineExplanation.Of(l.Kind, l.Base, l.Amount, l.Detail), l.CorrectedStatementId))],
            corrects,
            [.. history.Select(h => new StatementHistoryDto(h.Seq, h.Action, h.State, StatementStates.Label(h.State), h.Comment, h.ActorId, h.ActorName, h.At))],
            [.. payments.Select(p => new PaymentDto(p.Id, p.PaidOn, Money.FromCents(p.AmountCents), p.Reference, p.RecordedByName, p.RecordedAt))],
            LateCharges(row, payments, asOf, options),
            row.InvoiceParties is null ? null : JsonSerializer.Deserialize<InvoiceParties>(row.InvoiceParties));
    }

    public static StatementSummaryDto Summary(StatementRow r) => new(
        r.Id, r.Kind, r.AgreementId, r.Brand, r.GrantorOrganizationId, r.GrantorName, r.StructureOrganizationId, r.StructureName, r.NetworkId,
        r.PeriodStart, r.PeriodEnd, r.RoyaltyYear, r.Declared, r.State, StatementStates.Label(r.State, r.State == StatementStates.Issued && r.PaidCents != 0),
        Money.FromCents(r.TotalExclVatCents), Money.FromCents(r.VatCents), r.TotalInclVat, r.InvoiceReference, r.IssuedOn, r.DueOn, r.Paid,
        r.IssuedOn is null ? 0.00m : r.Outstanding, r.Version);

    public static LateChargesDto? LateCharges(StatementRow row, IEnumerable<PaymentRow> payments, DateOnly asOf, RoyaltiesOptions options)
    {
        if (row.DueOn is not { } due || row.Kind == StatementKinds.LatePayment)
            return null;
        decimal? contractRate = row.LateInterestRate is { } rate ? decimal.Parse(rate, CultureInfo.InvariantCulture) : null;
        var charges = LateInterest.Compute(row.TotalInclVat, [.. payments.Select(p => (p.PaidOn, Money.FromCents(p.AmountCents)))], due, asOf, contractRate, options.EcbRates);
        return charges is null ? null : new LateChargesDto(asOf, charges.DaysLate, charges.Interest, charges.Indemnity, charges.AnnualRate,
            charges.ContractRate ? Text.T("taux du contrat", "contract rate") : Text.T("taux BCE + 10 points", "ECB rate + 10 points"));
    }

    internal sealed class HistoryRow
    {
        public int Seq { get; init; }
        public string Action { get; init; } = "";
        public string State { get; init; } = "";
        public string? Comment { get; init; }
        public Guid? ActorId { get; init; }
        public string ActorName { get; init; } = "";
        public DateTimeOffset At { get; init; }
    }

    internal sealed class PaymentRow
    {
        public Guid Id { get; init; }
        public Guid StatementId { get; init; }
        public DateOnly PaidOn { get; init; }
        public long AmountCents { get; init; }
        public string Reference { get; init; } = "";
        public string RecordedByName { get; init; } = "";
        public DateTimeOffset RecordedAt { get; init; }
    }

    internal const string SelectLinesSql = """
        SELECT statement_id, line_no, corrected_statement_id, kind, label, account, base_cents, amount_cents, detail
        FROM royalties_statement_lines WHERE statement_id = @Id ORDER BY line_no
        """;

    internal const string SelectHistorySql = """
        SELECT seq, action, state, comment, actor_id, actor_name, at
        FROM royalties_statement_history WHERE statement_id = @Id ORDER BY seq
        """;

    internal const string SelectPaymentsSql = """
        SELECT id, statement_id, paid_on, amount_cents, reference, recorded_by_name, recorded_at
        FROM royalties_payments WHERE statement_id = @Id ORDER BY paid_on, recorded_at
        """;

    internal const string SelectCorrectsSql = "SELECT corrected_statement_id FROM royalties_adjustment_periods WHERE statement_id = @Id";
}
