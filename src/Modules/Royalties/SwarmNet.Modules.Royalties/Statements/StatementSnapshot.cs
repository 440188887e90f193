using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>The statements of one agreement as stored, with their lines and what adjustments correct: read in three queries.</summary>
internal sealed class StatementSnapshot
{
    public required IReadOnlyList<StatementHead> Heads { get; init; }
    public required ILookup<Guid, StoredLine> Lines { get; init; }
    public required IReadOnlyList<CorrectedPeriod> Corrected { get; init; }

    public static async Task<StatementSnapshot> LoadAsync(DbSession db, Guid agreementId, CancellationToken ct)
    {
        var heads = await db.QueryAsync<StatementHead>(SelectHeadsSql, new { AgreementId = agreementId }, ct);
        var lines = await db.QueryAsync<StoredLine>(SelectLinesSql, new { AgreementId = agreementId }, ct);
        var corrected = await db.QueryAsync<CorrectedPeriod>(SelectCorrectedSql, new { AgreementId = agreementId }, ct);
        return new StatementSnapshot { Heads = heads, Lines = lines.ToLookup(l => l.StatementId), Corrected = corrected };
    }

    internal const string SelectHeadsSql = """
        SELECT id, kind, period_start, period_end, royalty_year, terms_version, declared, state, total_excl_vat_cents, vat_cents
        FROM royalties_statements WHERE agreement_id = @AgreementId
        """;

    internal const string SelectLinesSql = """
        SELECT l.statement_id, l.line_no, l.corrected_statement_id, l.kind, l.label, l.account, l.base_cents, l.amount_cents
        FROM royalties_statement_lines l JOIN royalties_statements s ON s.id = l.statement_id
        WHERE s.agreement_id = @AgreementId ORDER BY l.statement_id, l.line_no
        """;

    internal const string SelectCorrectedSql = """
        SELECT c.statement_id, c.corrected_statement_id, c.excl_vat_cents, c.vat_cents
        FROM royalties_adjustment_periods c JOIN royalties_statements s ON s.id = c.statement_id
        WHERE s.agreement_id = @AgreementId
        """;
}

internal sealed class StatementHead
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public int RoyaltyYear { get; init; }
    public int TermsVersion { get; init; }
    public bool Declared { get; init; }
    public string State { get; init; } = "";
    public long TotalExclVatCents { get; init; }
    public long VatCents { get; init; }

    public bool Frozen => StatementStates.IsFrozen(State);
}

internal sealed class StoredLine
{
    public Guid StatementId { get; init; }
    public int LineNo { get; init; }
    public Guid? CorrectedStatementId { get; init; }
    public string Kind { get; init; } = "";
    public string Label { get; init; } = "";
    public string Account { get; init; } = "";
    public long? BaseCents { get; init; }
    public long AmountCents { get; init; }
    public string? Detail { get; init; }

    public decimal Amount => Money.FromCents(AmountCents);
    public decimal? Base => BaseCents is { } b ? Money.FromCents(b) : null;
}

internal sealed class CorrectedPeriod
{
    public Guid StatementId { get; init; }
    public Guid CorrectedStatementId { get; init; }
    public long ExclVatCents { get; init; }
    public long VatCents { get; init; }
}
