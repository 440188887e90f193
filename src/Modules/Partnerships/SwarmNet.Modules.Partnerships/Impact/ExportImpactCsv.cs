using SwarmNet.BuildingBlocks.Csv;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>The CSV a partnership hands its funders.</summary>
internal sealed record ImpactFile(byte[] Content, string FileName);

/// <summary>
/// The impact report for funders, as CSV for Excel in French (<see cref="ExcelCsv"/>): per indicator, one row per period
/// reported in the range (the partners' values added up) and a total row over the range by the indicator's own rule; one
/// column per breakdown of any indicator ("dont …"), empty where it does not apply.
/// </summary>
internal sealed record ExportImpactCsv(Guid PartnershipId, DateOnly? From = null, DateOnly? To = null) : IQuery<ImpactFile>;

internal sealed class ExportImpactCsvValidator : FluentValidation.AbstractValidator<ExportImpactCsv>
{
    public ExportImpactCsvValidator() => this.AddRangeRule(q => q.From, q => q.To);
}

internal sealed class ExportImpactCsvHandler(PartnershipAccess access, ImpactValues values, ActorContext actor) : IRequestHandler<ExportImpactCsv, ImpactFile>
{
    public async Task<ImpactFile> Handle(ExportImpactCsv request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var range = new DateRange(request.From, request.To);
        var reported = (await values.ReadAsync([contract.Id], null, range, cancellationToken)).Select(v => v.Value).ToList();
        var indicators = row.ContentOf().IndicatorList;
        var breakdowns = indicators.SelectMany(i => i.BreakdownList).DistinctBy(b => b.Code!.ToUpperInvariant()).ToList();
        string[] header =
        [
            Text.T("Code", "Code"), Text.T("Indicateur", "Indicator"), Text.T("Unité", "Unit"), Text.T("Agrégation", "Aggregation"), Text.T("Ligne", "Row"),
            Text.T("Début", "Start"), Text.T("Fin", "End"), Text.T("Valeur", "Value"),
            .. breakdowns.Select(b => CsvCells.Text(Text.T($"dont {b.Label!.Trim()}", $"of whom {b.Label!.Trim()}"))),
        ];
        var rows = indicators.SelectMany(indicator =>
        {
            var periods = ImpactAggregation.PerPeriod(indicator, reported, range)
                .Select(p => Row(indicator, breakdowns, Text.T("période", "period"), p.Start, p.End, p.Value)).ToList();
            var first = periods.Count == 0 ? null : (DateOnly?)reported.Where(v => v.Indicator == indicator.Code).Min(v => v.PeriodStart);
            var last = periods.Count == 0 ? null : (DateOnly?)reported.Where(v => v.Indicator == indicator.Code).Max(v => v.PeriodEnd);
            return periods.Append(Row(indicator, breakdowns, Text.T("total", "total"), request.From ?? first, request.To ?? last,
                ImpactAggregation.Aggregate(indicator, reported, range)));
        });
        var name = $"impact-{contract.Id:N}{(request.From is { } f ? $"-{f:yyyyMMdd}" : "")}{(request.To is { } t ? $"-{t:yyyyMMdd}" : "")}.csv";
        return new ImpactFile(ExcelCsv.Write(header, rows), name);
    }

    private static IReadOnlyList<string> Row(IndicatorTerms indicator, IReadOnlyList<BreakdownTerms> breakdowns, string kind, DateOnly? start, DateOnly? end,
        IndicatorValue value) =>
    [
        CsvCells.Text(indicator.Code), CsvCells.Text(indicator.Label!.Trim()), CsvCells.Text(indicator.Unit!.Trim()), Glossary.Of(indicator.Aggregation!.Value), kind,
        CsvCells.Date(start), CsvCells.Date(end), CsvCells.Number(value.Value),
        .. breakdowns.Select(b => CsvCells.Number(value.Breakdowns.TryGetValue(b.Code!, out var part) ? part : null)),
    ];
}
