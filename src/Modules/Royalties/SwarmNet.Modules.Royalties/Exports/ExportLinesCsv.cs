using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Csv;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>The lines of the same statements as <see cref="ExportStatementsCsv"/>, one row per line.</summary>
internal sealed record ExportLinesCsv(Guid GrantorOrganizationId, DateOnly From, DateOnly To) : IQuery<ExportFile>;

internal sealed class ExportLinesCsvHandler(DbSession db, ActorContext actor) : IRequestHandler<ExportLinesCsv, ExportFile>
{
    public static readonly string[] Header =
        ["releve_id", "numero_facture", "structure", "periode_debut", "ligne", "nature", "libelle", "compte", "base", "montant"];

    public async Task<ExportFile> Handle(ExportLinesCsv request, CancellationToken cancellationToken)
    {
        ExportAccess.Check(actor.Current, request.GrantorOrganizationId, request.From, request.To);
        var rows = await db.QueryAsync<LineRow>(SelectSql, new { Grantor = request.GrantorOrganizationId, request.From, request.To }, cancellationToken);
        var content = ExcelCsv.Write(Header, rows.Select(r => (IReadOnlyList<string>)
        [
            r.Id.ToString(), r.InvoiceNumber is { } n ? StatementRow.Reference(r.InvoiceYear!.Value, n) : "", CsvCells.Text(r.StructureName),
            CsvCells.Date(r.PeriodStart), r.LineNo.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Kind, CsvCells.Text(r.Label), r.Account,
            CsvCells.Amount(r.BaseCents is { } b ? Money.FromCents(b) : null), CsvCells.Amount(Money.FromCents(r.AmountCents)),
        ]));
        return new ExportFile(content, ExcelCsv.ContentType, $"lignes-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}.csv");
    }

    private sealed class LineRow
    {
        public Guid Id { get; init; }
        public int? InvoiceYear { get; init; }
        public int? InvoiceNumber { get; init; }
        public string StructureName { get; init; } = "";
        public DateOnly PeriodStart { get; init; }
        public int LineNo { get; init; }
        public string Kind { get; init; } = "";
        public string Label { get; init; } = "";
        public string Account { get; init; } = "";
        public long? BaseCents { get; init; }
        public long AmountCents { get; init; }
    }

    internal const string SelectSql = """
        SELECT s.id, s.invoice_year, s.invoice_number, a.structure_name, s.period_start, l.line_no, l.kind, l.label, l.account, l.base_cents, l.amount_cents
        FROM royalties_statement_lines l
        JOIN royalties_statements s ON s.id = l.statement_id
        JOIN royalties_agreements a ON a.id = s.agreement_id
        WHERE s.grantor_organization_id = @Grantor AND s.period_end >= @From AND s.period_start <= @To
        ORDER BY s.period_start, a.structure_name, s.id, l.line_no
        """;
}
