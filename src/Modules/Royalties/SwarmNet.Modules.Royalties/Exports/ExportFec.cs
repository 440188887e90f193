using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Receivables;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>
/// The FEC of a network head over [From, To]: each invoice issued then (sales journal: the debtor's 411 against the
/// revenue accounts per kind of line and VAT) and each payment received then (bank journal: 512 against 411).
/// Account numbers come from the Royalties:Accounts settings.
/// </summary>
internal sealed record ExportFec(Guid GrantorOrganizationId, DateOnly From, DateOnly To) : IQuery<ExportFile>;

internal sealed class ExportFecHandler(DbSession db, ActorContext actor, RoyaltiesOptions options) : IRequestHandler<ExportFec, ExportFile>
{
    public async Task<ExportFile> Handle(ExportFec request, CancellationToken cancellationToken)
    {
        ExportAccess.Check(actor.Current, request.GrantorOrganizationId, request.From, request.To);
        var filter = new { Grantor = request.GrantorOrganizationId, request.From, request.To };
        var invoices = await db.QueryAsync<StatementRow>(SelectInvoicesSql, filter, cancellationToken);
        var byAccount = (await db.QueryAsync<AccountSum>(SelectAccountsSql, filter, cancellationToken)).ToLookup(a => a.StatementId);
        var payments = await db.QueryAsync<PaymentLine>(SelectPaymentsSql, filter, cancellationToken);
        var plan = options.Accounts;
        var entries = invoices.Select(s => Invoice(s, byAccount[s.Id], plan))
            .Concat(payments.Select(p => new FecEntry(plan.BankJournal, "Banque", p.PaidOn, p.Reference, p.PaidOn,
                $"Règlement facture {StatementRow.Reference(p.InvoiceYear, p.InvoiceNumber)}",
                [
                    FecWriter.Line(plan.Bank, "Banque", Money.FromCents(p.AmountCents), debitSide: true),
                    FecWriter.Line(plan.Customers, "Clients", Money.FromCents(p.AmountCents), debitSide: false, Aux(p.StructureOrganizationId, p.InvoiceParties), p.StructureName),
                ])));
        var siren = invoices.Select(i => Parties(i.InvoiceParties)?.Seller.Siren).FirstOrDefault(s => s is not null) ?? "000000000";
        return new ExportFile(FecWriter.Write(entries), "text/plain; charset=utf-8", $"{siren}FEC{request.To:yyyyMMdd}.txt");
    }

    private static FecEntry Invoice(StatementRow s, IEnumerable<AccountSum> sums, AccountPlan plan)
    {
        var reference = s.InvoiceReference!;
        var kind = s.TotalInclVatCents < 0 ? "Avoir" : "Facture";
        var lines = new List<FecLine>
        {
            FecWriter.Line(plan.Customers, "Clients", s.TotalInclVat, debitSide: true, Aux(s.StructureOrganizationId, s.InvoiceParties), s.StructureName),
        };
        lines.AddRange(sums.Where(a => a.AmountCents != 0).Select(a => FecWriter.Line(AccountOf(a.Account, plan), LabelOf(a.Account), Money.FromCents(a.AmountCents), debitSide: false)));
        if (s.VatCents != 0)
            lines.Add(FecWriter.Line(plan.Vat, "TVA collectée", Money.FromCents(s.VatCents), debitSide: false));
        return new FecEntry(plan.SalesJournal, "Ventes", s.IssuedOn!.Value, reference, s.IssuedOn.Value, $"{kind} {reference} {s.StructureName} redevances", lines);
    }

    /// <summary>The debtor's auxiliary account: C + its SIREN when the invoice names one, else C + the start of its id.</summary>
    private static string Aux(Guid structure, string? parties) =>
        "C" + (Parties(parties)?.Buyer.Siren ?? structure.ToString("N")[..8].ToUpperInvariant());

    private static InvoiceParties? Parties(string? json) => json is null ? null : JsonSerializer.Deserialize<InvoiceParties>(json);

    private static string AccountOf(string account, AccountPlan plan) => account switch
    {
        RoyaltyVocabulary.RoyaltyAccount => plan.Royalty,
        RoyaltyVocabulary.MarketingAccount => plan.Marketing,
        RoyaltyVocabulary.FeeAccount => plan.Fee,
        LateCharges.InterestAccount => plan.LateInterest,
        _ => plan.RecoveryIndemnity,
    };

    private static string LabelOf(string account) => account switch
    {
        RoyaltyVocabulary.RoyaltyAccount => "Redevances de marque",
        RoyaltyVocabulary.MarketingAccount => "Fonds de communication",
        RoyaltyVocabulary.FeeAccount => "Droits d'entrée et frais",
        LateCharges.InterestAccount => "Pénalités de retard",
        _ => "Indemnités de recouvrement",
    };

    private sealed class AccountSum
    {
        public Guid StatementId { get; init; }
        public string Account { get; init; } = "";
        public long AmountCents { get; init; }
    }

    private sealed class PaymentLine
    {
        public DateOnly PaidOn { get; init; }
        public long AmountCents { get; init; }
        public string Reference { get; init; } = "";
        public int InvoiceYear { get; init; }
        public int InvoiceNumber { get; init; }
        public Guid StructureOrganizationId { get; init; }
        public string StructureName { get; init; } = "";
        public string? InvoiceParties { get; init; }
    }

    internal const string SelectInvoicesSql = "SELECT " + StatementRow.Columns + StatementRow.From +
        " WHERE s.grantor_organization_id = @Grantor AND s.issued_on >= @From AND s.issued_on <= @To";

    internal const string SelectAccountsSql = """
        SELECT l.statement_id, l.account, SUM(l.amount_cents) AS amount_cents
        FROM royalties_statement_lines l JOIN royalties_statements s ON s.id = l.statement_id
        WHERE s.grantor_organization_id = @Grantor AND s.issued_on >= @From AND s.issued_on <= @To
        GROUP BY l.statement_id, l.account
        """;

    internal const string SelectPaymentsSql = """
        SELECT p.paid_on, p.amount_cents, p.reference, s.invoice_year, s.invoice_number, s.structure_organization_id, a.structure_name, s.invoice_parties
        FROM royalties_payments p
        JOIN royalties_statements s ON s.id = p.statement_id
        JOIN royalties_agreements a ON a.id = s.agreement_id
        WHERE s.grantor_organization_id = @Grantor AND p.paid_on >= @From AND p.paid_on <= @To
        """;
}
