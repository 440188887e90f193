using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>A statement to write: its header figures, lines, and for an adjustment the statements it corrects.</summary>
internal sealed record NewStatement(
    Guid Id, AgreementRow Agreement, string Kind, ComputedPeriod Period, IReadOnlyList<(ComputedLine Line, Guid? Corrects)> Lines,
    IReadOnlyList<(Guid Corrects, decimal ExclVat, decimal Vat)> Corrected, Guid? CorrectsStatementId = null);

/// <summary>Writes statements with their lines and first history entry, each table in one prepared command.</summary>
internal sealed class StatementStore(DbSession db, TimeProvider clock)
{
    public async Task InsertAsync(IReadOnlyList<NewStatement> statements, Actor actor, string action, CancellationToken ct)
    {
        if (statements.Count == 0)
            return;
        var now = clock.GetUtcNow();
        await BulkInsert.ExecuteAsync(db, InsertSql, InsertColumns, statements.Select(s => new object?[]
        {
            s.Id, s.Agreement.Id, s.Agreement.GrantorOrganizationId, s.Agreement.StructureOrganizationId, s.Agreement.NetworkId, s.Kind, s.Period.Start,
            s.Period.End, s.Period.RoyaltyYear, s.Period.Declared, s.Period.DeclarationVersion, s.Period.TermsVersion, Rate(s.Period.VatRate),
            s.Agreement.VatExempt, Money.ToCents(s.Period.ExclVat), Money.ToCents(s.Period.Vat), Money.ToCents(s.Period.InclVat), StatementStates.Draft,
            s.CorrectsStatementId, now,
        }), ct);
        await InsertLinesAsync(statements.SelectMany(s => s.Lines.Select((l, i) => (s.Id, i + 1, l.Line, l.Corrects))), ct);
        var corrected = statements.SelectMany(s => s.Corrected.Select(c => new
        {
            StatementId = s.Id, c.Corrects, ExclVat = Money.ToCents(c.ExclVat), Vat = Money.ToCents(c.Vat),
        })).ToList();
        if (corrected.Count > 0)
            await db.ExecuteAsync(InsertCorrectedSql, corrected, ct);
        await BulkInsert.ExecuteAsync(db, StatementHistory.InsertFirstSql, ["StatementId", "Action", "State", "ActorId", "ActorName", "Now"],
            statements.Select(s => new object?[] { s.Id, action, StatementStates.Draft, actor.UserId, actor.DisplayName, now }), ct);
    }

    /// <summary>A draft or a statement in review whose figures changed: new lines and totals, back to draft.</summary>
    public async Task ReplaceAsync(Guid id, ComputedPeriod period, CancellationToken ct)
    {
        await db.ExecuteAsync(DeleteLinesSql, new { Id = id }, ct);
        await InsertLinesAsync(period.Lines.Select((l, i) => (id, i + 1, l, (Guid?)null)), ct);
        await db.ExecuteAsync(UpdateSql, new
        {
            Id = id, period.Declared, period.DeclarationVersion, TermsVersion = period.TermsVersion, VatRate = Rate(period.VatRate),
            ExclVat = Money.ToCents(period.ExclVat), Vat = Money.ToCents(period.Vat), InclVat = Money.ToCents(period.InclVat),
            State = StatementStates.Draft, Now = clock.GetUtcNow(),
        }, ct);
    }

    public Task DeleteDraftAsync(Guid id, CancellationToken ct) => db.ExecuteAsync(DeleteDraftSql, new { Id = id }, ct);

    private Task InsertLinesAsync(IEnumerable<(Guid StatementId, int No, ComputedLine Line, Guid? Corrects)> lines, CancellationToken ct) =>
        BulkInsert.ExecuteAsync(db, InsertLineSql, ["StatementId", "No", "Corrects", "Kind", "Label", "Account", "Base", "Amount", "Detail"],
            lines.Select(l => new object?[]
            {
                l.StatementId, l.No, l.Corrects, l.Line.Kind, l.Line.Label, l.Line.Account,
                l.Line.Base is { } b ? Money.ToCents(b) : null, Money.ToCents(l.Line.Amount), l.Line.Detail,
            }), ct);

    private static readonly string[] InsertColumns =
    [
        "Id", "AgreementId", "Grantor", "Structure", "NetworkId", "Kind", "PeriodStart", "PeriodEnd", "Year", "Declared", "DeclarationVersion",
        "TermsVersion", "VatRate", "VatExempt", "ExclVat", "Vat", "InclVat", "State", "CorrectsStatementId", "Now",
    ];

    public static string Rate(decimal rate) => rate.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal const string InsertSql = """
        INSERT INTO royalties_statements (id, agreement_id, grantor_organization_id, structure_organization_id, network_id, kind, period_start,
            period_end, royalty_year, declared, declaration_version, terms_version, vat_rate, vat_exempt, total_excl_vat_cents, vat_cents,
            total_incl_vat_cents, state, corrects_statement_id, created_at, updated_at, version)
        VALUES (@Id, @AgreementId, @Grantor, @Structure, @NetworkId, @Kind, @PeriodStart, @PeriodEnd, @Year, @Declared, @DeclarationVersion,
            @TermsVersion, @VatRate, @VatExempt, @ExclVat, @Vat, @InclVat, @State, @CorrectsStatementId, @Now, @Now, 1)
        """;

    internal const string InsertLineSql = """
        INSERT INTO royalties_statement_lines (statement_id, line_no, corrected_statement_id, kind, label, account, base_cents, amount_cents, detail)
        VALUES (@StatementId, @No, @Corrects, @Kind, @Label, @Account, @Base, @Amount, @Detail)
        """;

    internal const string InsertCorrectedSql = """
        INSERT INTO royalties_adjustment_periods (statement_id, corrected_statement_id, excl_vat_cents, vat_cents)
        VALUES (@StatementId, @Corrects, @ExclVat, @Vat)
        """;

    internal const string DeleteLinesSql = "DELETE FROM royalties_statement_lines WHERE statement_id = @Id";

    internal const string UpdateSql = """
        UPDATE royalties_statements SET declared = @Declared, declaration_version = @DeclarationVersion, terms_version = @TermsVersion,
            vat_rate = @VatRate, total_excl_vat_cents = @ExclVat, vat_cents = @Vat, total_incl_vat_cents = @InclVat, state = @State,
            updated_at = @Now, version = version + 1
        WHERE id = @Id AND state IN ('Draft', 'InReview')
        """;

    internal const string DeleteDraftSql = """
        DELETE FROM royalties_statement_lines WHERE statement_id = @Id;
        DELETE FROM royalties_adjustment_periods WHERE statement_id = @Id;
        DELETE FROM royalties_statement_history WHERE statement_id = @Id;
        DELETE FROM royalties_statements WHERE id = @Id AND state IN ('Draft', 'InReview');
        """;
}
