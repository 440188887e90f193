using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>A statement's header with its agreement's names and what has been paid on it.</summary>
internal sealed class StatementRow
{
    public Guid Id { get; init; }
    public Guid AgreementId { get; init; }
    public string Brand { get; init; } = "";
    public Guid GrantorOrganizationId { get; init; }
    public string GrantorName { get; init; } = "";
    public Guid StructureOrganizationId { get; init; }
    public string StructureName { get; init; } = "";
    public Guid? NetworkId { get; init; }
    public string Kind { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public int RoyaltyYear { get; init; }
    public bool Declared { get; init; }
    public int TermsVersion { get; init; }
    public string VatRate { get; init; } = "0";
    public bool VatExempt { get; init; }
    public long TotalExclVatCents { get; init; }
    public long VatCents { get; init; }
    public long TotalInclVatCents { get; init; }
    public string State { get; init; } = "";
    public Guid? CorrectsStatementId { get; init; }
    public int? InvoiceYear { get; init; }
    public int? InvoiceNumber { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public string? InvoiceParties { get; init; }
    public string? LateInterestRate { get; init; }
    public long PaidCents { get; init; }
    public int Version { get; init; }

    public decimal TotalInclVat => Money.FromCents(TotalInclVatCents);
    public decimal Paid => Money.FromCents(PaidCents);
    public decimal Outstanding => Money.FromCents(TotalInclVatCents - PaidCents);
    public string? InvoiceReference => InvoiceNumber is { } n ? Reference(InvoiceYear!.Value, n) : null;

    public static string Reference(int year, int number) => $"{year}-{number:D5}";

    public const string Columns = """
        s.id, s.agreement_id, a.brand, s.grantor_organization_id, a.grantor_name, s.structure_organization_id, a.structure_name, s.network_id,
        s.kind, s.period_start, s.period_end, s.royalty_year, s.declared, s.terms_version, s.vat_rate, s.vat_exempt, s.total_excl_vat_cents,
        s.vat_cents, s.total_incl_vat_cents, s.state, s.corrects_statement_id, s.invoice_year, s.invoice_number, s.issued_on, s.due_on,
        s.invoice_parties, s.late_interest_rate, COALESCE(p.paid_cents, 0) AS paid_cents, s.version
        """;

    public const string From = """
         FROM royalties_statements s
         JOIN royalties_agreements a ON a.id = s.agreement_id
         LEFT JOIN (SELECT statement_id, SUM(amount_cents) AS paid_cents FROM royalties_payments GROUP BY statement_id) p ON p.statement_id = s.id
        """;
}
