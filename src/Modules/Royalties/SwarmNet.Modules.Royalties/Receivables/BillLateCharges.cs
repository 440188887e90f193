using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Receivables;

/// <summary>The accounts of late-payment lines: outside the royalty terms, outside the scope of VAT.</summary>
internal static class LateCharges
{
    public const string InterestAccount = Contracts.Overview.RoyaltyAccounts.LateInterest;
    public const string IndemnityAccount = Contracts.Overview.RoyaltyAccounts.RecoveryIndemnity;
}

internal sealed class BillLateChargesHandler(DbSession db, ActorContext actor, StatementStore store, RoyaltiesOptions options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<BillLateCharges, StatementDto>
{
    public async Task<StatementDto> Handle(BillLateCharges request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadForAccountantAsync(db, actor.Current, request.StatementId, cancellationToken);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var payments = await db.QueryAsync<GetStatementHandler.PaymentRow>(GetStatementHandler.SelectPaymentsSql, new { row.Id }, cancellationToken);
        var charges = GetStatementHandler.LateCharges(row, payments, asOf, options)
                      ?? throw new ConflictException(Text.T("Cette facture n'est pas en retard de paiement.", "This invoice is not paid late."));
        if (await db.ExecuteScalarAsync<long>(BilledSql, new { row.Id }, cancellationToken) > 0)
            throw new ConflictException(Text.T("Les pénalités de cette facture sont déjà facturées.", "This invoice's late charges are already billed."));
        var agreement = await AgreementData.AgreementAsync(db, row.AgreementId, cancellationToken) ?? throw StatementAccess.NotFound();
        var reference = row.InvoiceReference;
        ComputedLine[] lines =
        [
            new(LateCharges.InterestAccount, $"Pénalités de retard, facture {reference} ({charges.DaysLate} jours)", LateCharges.InterestAccount,
                row.Outstanding, charges.Interest, null),
            new(LateCharges.IndemnityAccount, "Indemnité forfaitaire pour frais de recouvrement (art. L441-10 du Code de commerce)",
                LateCharges.IndemnityAccount, null, charges.Indemnity, null),
        ];
        var period = new ComputedPeriod(row.DueOn!.Value.AddDays(1), asOf, row.RoyaltyYear, true, null, row.TermsVersion, 0m, lines,
            charges.Interest + charges.Indemnity, 0m);
        var id = Guid.CreateVersion7();
        await store.InsertAsync([new NewStatement(id, agreement with { VatExempt = false }, StatementKinds.LatePayment, period,
            [.. lines.Select(l => (l, (Guid?)row.Id))], [], row.Id)], actor.Current, StatementRefresh.Computed, cancellationToken);
        return await mediator.Send(new GetStatement(id), cancellationToken);
    }

    internal const string BilledSql = "SELECT COUNT(*) FROM royalties_statements WHERE kind = 'latePayment' AND corrects_statement_id = @Id";
}
