using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Royalties.Exports;
using SwarmNet.Modules.Royalties.Invoices;
using SwarmNet.Modules.Royalties.Receivables;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Http;

/// <summary>Files: statements and lines as CSV, the FEC, a statement's PDF; and billing late charges.</summary>
internal static class ExportEndpoints
{
    public sealed record LateChargesBody(DateOnly? AsOf);

    public static void Map(RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Redevances : exports");
        exports.MapGet("/statements.csv", async (Guid grantorOrganizationId, DateOnly from, DateOnly to, IMediator mediator, CancellationToken ct) =>
                File(await mediator.Send(new ExportStatementsCsv(grantorOrganizationId, from, to), ct)))
            .WithName("ExportStatementsCsv").WithSummary("Relevés d'une période en CSV (UTF-8, point-virgule, virgule décimale)");
        exports.MapGet("/lines.csv", async (Guid grantorOrganizationId, DateOnly from, DateOnly to, IMediator mediator, CancellationToken ct) =>
                File(await mediator.Send(new ExportLinesCsv(grantorOrganizationId, from, to), ct)))
            .WithName("ExportLinesCsv").WithSummary("Lignes des relevés d'une période en CSV");
        exports.MapGet("/fec", async (Guid grantorOrganizationId, DateOnly from, DateOnly to, IMediator mediator, CancellationToken ct) =>
                File(await mediator.Send(new ExportFec(grantorOrganizationId, from, to), ct)))
            .WithName("ExportFec").WithSummary("Fichier des écritures comptables (FEC) des factures et règlements d'une période");

        var statement = api.MapGroup("/statements/{statementId:guid}").WithTags("Redevances : relevés")
            .RequireVisible("statementId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetStatement(id), ct));
        statement.MapGet("/pdf", async (Guid statementId, IMediator mediator, CancellationToken ct) =>
                File(await mediator.Send(new DownloadStatementPdf(statementId), ct)))
            .WithName("DownloadStatementPdf").WithSummary("Le relevé ou la facture en PDF");
        statement.MapPost("/late-charges", (Guid statementId, LateChargesBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new BillLateCharges(statementId, body.AsOf), ct))
            .WithName("BillLateCharges").WithSummary("Facturer les pénalités de retard et l'indemnité de 40 € sur un relevé ultérieur");
    }

    private static IResult File(ExportFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
