namespace SwarmNet.Modules.Royalties.Contracts.Statements;

/// <summary>A statement in a list: who owes what for which period, where it stands.</summary>
public sealed record StatementSummaryDto(
    Guid Id, string Kind, Guid AgreementId, string Brand, Guid GrantorOrganizationId, string GrantorName, Guid StructureOrganizationId,
    string StructureName, Guid? NetworkId, DateOnly PeriodStart, DateOnly PeriodEnd, int RoyaltyYear, bool Declared, string State, string StateLabel,
    decimal TotalExclVat, decimal Vat, decimal TotalInclVat, string? InvoiceNumber, DateOnly? IssuedOn, DateOnly? DueOn, decimal Paid,
    decimal Outstanding, int Version);

/// <summary>
/// A statement with how each line was computed, the statements an adjustment corrects, its full history, payments
/// and, once overdue, the late-payment interest and indemnity.
/// </summary>
public sealed record StatementDto(
    StatementSummaryDto Summary, decimal VatRate, bool VatExempt, string? VatMention, IReadOnlyList<StatementLineDto> Lines,
    IReadOnlyList<Guid> Corrects, IReadOnlyList<StatementHistoryDto> History, IReadOnlyList<PaymentDto> Payments, LateChargesDto? LateCharges,
    InvoiceParties? Parties);

public sealed record StatementLineDto(int No, string Kind, string Label, string Account, decimal? Base, decimal Amount, string Explanation,
    Guid? CorrectedStatementId);

public sealed record StatementHistoryDto(int Seq, string Action, string State, string StateLabel, string? Comment, Guid? ActorId, string ActorName,
    DateTimeOffset At);

public sealed record PaymentDto(Guid Id, DateOnly PaidOn, decimal Amount, string Reference, string RecordedByName, DateTimeOffset RecordedAt);

/// <summary>Interest accrued at <see cref="AnnualRate"/> over <see cref="DaysLate"/> days, and the €40 indemnity (L441-10).</summary>
public sealed record LateChargesDto(DateOnly AsOf, int DaysLate, decimal Interest, decimal Indemnity, decimal AnnualRate, string RateBasis);

/// <summary>Seller (the network head) and buyer (the structure) as printed on the invoice.</summary>
public sealed record InvoiceParties(Party Seller, Party Buyer);

/// <summary>A party as an invoice names it: name, address and SIREN (the first nine digits of the SIRET).</summary>
public sealed record Party(Guid Id, string Name, string? Address, string? PostalCode, string? City, string? Siren, string? LegalForm);
