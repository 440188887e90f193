namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>A contract that carries royalty terms, as Royalties keeps it: parties, dates, status and billing settings.</summary>
internal sealed record AgreementRow
{
    public Guid Id { get; init; }
    public string ContractKind { get; init; } = "";
    public Guid GrantorOrganizationId { get; init; }
    public string GrantorName { get; init; } = "";
    public Guid StructureOrganizationId { get; init; }
    public string StructureName { get; init; } = "";
    public Guid? NetworkId { get; init; }
    public string Brand { get; init; } = "";
    public DateOnly EffectiveDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? EndedOn { get; init; }
    public bool VatExempt { get; init; }
    public string? LateInterestRate { get; init; }
    public int PaymentDays { get; init; }
    public int DeclarationDueDays { get; init; }

    public const string Columns = """
        a.id, a.contract_kind, a.grantor_organization_id, a.grantor_name, a.structure_organization_id, a.structure_name, a.network_id, a.brand, a.effective_date,
        a.end_date, a.status, a.ended_on, a.vat_exempt, a.late_interest_rate, a.payment_days, a.declaration_due_days
        """;
}

/// <summary>The agreement statuses: it follows its contract.</summary>
internal static class AgreementStatus
{
    public const string Active = "Active";
    public const string Suspended = "Suspended";
    public const string Ended = "Ended";
}
