using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Csv;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>The network head's statements whose period overlaps [From, To], one row each, for a spreadsheet.</summary>
internal sealed record ExportStatementsCsv(Guid GrantorOrganizationId, DateOnly From, DateOnly To) : IQuery<ExportFile>;

internal sealed class ExportStatementsCsvHandler(DbSession db, ActorContext actor) : IRequestHandler<ExportStatementsCsv, ExportFile>
{
    public static readonly string[] Header =
    [
        "numero_facture", "type", "etat", "structure", "marque", "periode_debut", "periode_fin", "non_declare", "date_emission", "date_echeance",
        "total_ht", "tva", "total_ttc", "paye", "reste_du", "releve_id",
    ];

    public async Task<ExportFile> Handle(ExportStatementsCsv request, CancellationToken cancellationToken)
    {
        ExportAccess.Check(actor.Current, request.GrantorOrganizationId, request.From, request.To);
        var rows = await db.QueryAsync<StatementRow>(SelectSql, new { Grantor = request.GrantorOrganizationId, request.From, request.To }, cancellationToken);
        var content = ExcelCsv.Write(Header, rows.Select(r => (IReadOnlyList<string>)
        [
            r.InvoiceReference ?? "", r.Kind, StatementStates.Label(r.State, r.State == StatementStates.Issued && r.PaidCents != 0), CsvCells.Text(r.StructureName),
            CsvCells.Text(r.Brand), CsvCells.Date(r.PeriodStart), CsvCells.Date(r.PeriodEnd), r.Declared ? "non" : "oui", CsvCells.Date(r.IssuedOn),
            CsvCells.Date(r.DueOn), CsvCells.Amount(Money.FromCents(r.TotalExclVatCents)), CsvCells.Amount(Money.FromCents(r.VatCents)),
            CsvCells.Amount(r.TotalInclVat), CsvCells.Amount(r.Paid), CsvCells.Amount(r.IssuedOn is null ? 0m : r.Outstanding), r.Id.ToString(),
        ]));
        return new ExportFile(content, ExcelCsv.ContentType, $"releves-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}.csv");
    }

    internal const string SelectSql = "SELECT " + StatementRow.Columns + StatementRow.From +
        " WHERE s.grantor_organization_id = @Grantor AND s.period_end >= @From AND s.period_start <= @To ORDER BY s.period_start, a.structure_name, s.id";
}
