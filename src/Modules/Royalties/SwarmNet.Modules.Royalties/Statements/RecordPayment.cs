using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Royalties.Statements;

internal sealed class RecordPaymentHandler(DbSession db, ActorContext actor, StatementHistory history, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RecordPayment, StatementDto>
{
    public async Task<StatementDto> Handle(RecordPayment request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadForAccountantAsync(db, actor.Current, request.StatementId, cancellationToken);
        if (row.State != StatementStates.Issued)
            throw StatementAccess.WrongState(row.State);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<FieldError>();
        if (request.PaidOn is not { } paidOn || paidOn > today || paidOn < row.IssuedOn)
            errors.Add(new("/paidOn", Text.T("Date de paiement entre l'émission et aujourd'hui.", "A payment date between the issue date and today.")));
        var outstanding = row.Outstanding;
        if (request.Amount == 0m || Math.Sign(request.Amount) != Math.Sign(outstanding) || Math.Abs(request.Amount) > Math.Abs(outstanding))
            errors.Add(new("/amount", Text.T($"Montant non nul, au plus le reste dû ({outstanding:0.00} €).", $"A non-zero amount, at most what is due ({outstanding:0.00} €).")));
        else if (!Money.HasAtMostTwoDecimals(request.Amount))
            errors.Add(new("/amount", Text.T("Au plus deux décimales.", "At most two decimals.")));
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Trim().Length > 100)
            errors.Add(new("/reference", Text.T("Référence du paiement de 1 à 100 caractères (virement, chèque…).", "A payment reference of 1 to 100 characters.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        await db.ExecuteAsync(InsertSql, new
        {
            PaymentId = Guid.CreateVersion7(), StatementId = row.Id, PaidOn = request.PaidOn, Amount = Money.ToCents(request.Amount), Reference = request.Reference!.Trim(),
            ActorId = actor.Current.UserId, ActorName = actor.Current.DisplayName, Now = clock.GetUtcNow(),
        }, cancellationToken);
        var settled = request.Amount == outstanding;
        if (await db.ExecuteAsync(TouchSql, new { row.Id, row.Version, State = settled ? StatementStates.Paid : StatementStates.Issued, Now = clock.GetUtcNow() },
                cancellationToken) == 0)
            throw StatementAccess.Stale();
        await history.RecordAsync(row.Id, settled ? "paid" : "paymentRecorded", settled ? StatementStates.Paid : StatementStates.Issued,
            $"{request.Amount:0.00} € — {request.Reference.Trim()}", actor.Current, cancellationToken);
        return await mediator.Send(new GetStatement(row.Id), cancellationToken);
    }

    internal const string InsertSql = """
        INSERT INTO royalties_payments (id, statement_id, paid_on, amount_cents, reference, recorded_by_id, recorded_by_name, recorded_at)
        VALUES (@PaymentId, @StatementId, @PaidOn, @Amount, @Reference, @ActorId, @ActorName, @Now)
        """;

    /// <summary>Guarded by the version read, so two payments at once cannot both think they settle the invoice.</summary>
    internal const string TouchSql = """
        UPDATE royalties_statements SET state = @State, updated_at = @Now, version = version + 1 WHERE id = @Id AND version = @Version AND state = 'Issued'
        """;
}
