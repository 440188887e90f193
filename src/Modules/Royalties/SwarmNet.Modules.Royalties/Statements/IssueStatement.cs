using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Statements;

internal sealed class IssueStatementHandler(DbSession db, ActorContext actor, PartyDirectory parties, StatementHistory history, IMediator mediator,
    TimeProvider clock) : IRequestHandler<IssueStatement, StatementDto>
{
    public async Task<StatementDto> Handle(IssueStatement request, CancellationToken cancellationToken)
    {
        var row = await StatementAccess.LoadForAccountantAsync(db, actor.Current, request.Id, cancellationToken);
        if (row.State != StatementStates.Approved)
            throw StatementAccess.WrongState(row.State);
        var agreement = await AgreementData.AgreementAsync(db, row.AgreementId, cancellationToken) ?? throw StatementAccess.NotFound();
        var now = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var today = request.IssuedOn ?? now;
        var invoiceParties = JsonSerializer.Serialize(new InvoiceParties(
            await parties.GetAsync(row.GrantorOrganizationId, cancellationToken), await parties.GetAsync(row.StructureOrganizationId, cancellationToken)));

        if (!await db.LockAsync($"royalties-invoice:{row.GrantorOrganizationId:N}:{today.Year}", cancellationToken))
            throw new ConflictException(Text.T("Numérotation occupée : réessayez.", "Numbering is busy: try again."));
        var number = await db.ExecuteScalarAsync<int>(NextNumberSql, new { Grantor = row.GrantorOrganizationId, Year = today.Year }, cancellationToken);
        var last = await db.ExecuteScalarAsync<DateOnly>(LastDateSql, new { Grantor = row.GrantorOrganizationId, Year = today.Year }, cancellationToken);
        if (today > now || today < last)
            throw new InputValidationException("/issuedOn", Text.T("Date d'émission entre la dernière facture de l'année et aujourd'hui.",
                "An issue date between the year's last invoice and today."));
        var state = row.TotalInclVatCents == 0 ? StatementStates.Paid : StatementStates.Issued;
        if (await db.ExecuteAsync(IssueSql, new
            {
                row.Id, request.Version, State = state, Year = today.Year, Number = number, Today = today, DueOn = today.AddDays(agreement.PaymentDays),
                Parties = invoiceParties, Rate = agreement.LateInterestRate, Now = clock.GetUtcNow(),
            }, cancellationToken) == 0)
            throw StatementAccess.Stale();
        await history.RecordAsync(row.Id, "issued", state, Text.T($"Facture n° {StatementRow.Reference(today.Year, number)}",
            $"Invoice no. {StatementRow.Reference(today.Year, number)}"), actor.Current, cancellationToken);
        return await mediator.Send(new GetStatement(row.Id), cancellationToken);
    }

    internal const string NextNumberSql = """
        SELECT COALESCE(MAX(invoice_number), 0) + 1 FROM royalties_statements WHERE grantor_organization_id = @Grantor AND invoice_year = @Year
        """;

    internal const string LastDateSql =
        "SELECT COALESCE(MAX(issued_on), '0001-01-01') FROM royalties_statements WHERE grantor_organization_id = @Grantor AND invoice_year = @Year";

    internal const string IssueSql = """
        UPDATE royalties_statements SET state = @State, invoice_year = @Year, invoice_number = @Number, issued_on = @Today, due_on = @DueOn,
            invoice_parties = @Parties, late_interest_rate = @Rate, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version AND state = 'Approved'
        """;
}

