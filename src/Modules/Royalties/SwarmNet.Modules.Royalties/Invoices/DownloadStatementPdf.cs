using MediatR;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Exports;
using SwarmNet.Modules.Royalties.Receivables;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Invoices;

/// <summary>A statement as PDF, for both parties. A query: rendering happens outside any write transaction.</summary>
internal sealed record DownloadStatementPdf(Guid StatementId) : IQuery<ExportFile>;

internal sealed class DownloadStatementPdfHandler(IMediator mediator, RoyaltiesOptions options, TimeProvider clock)
    : IRequestHandler<DownloadStatementPdf, ExportFile>
{
    public async Task<ExportFile> Handle(DownloadStatementPdf request, CancellationToken cancellationToken)
    {
        var statement = await mediator.Send(new GetStatement(request.StatementId), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var legalRate = LateInterest.RateOn(today, null, options.EcbRates);
        var name = statement.Summary.InvoiceNumber is { } number ? $"facture-{number}.pdf" : $"releve-{statement.Summary.PeriodStart:yyyy-MM-dd}.pdf";
        return new ExportFile(InvoicePdf.Render(statement, legalRate), "application/pdf", name);
    }
}
