using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Csv;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Impact;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>Impact indicators: each partner's reports, a partnership's totals, the CSV for funders, and totals across partnerships.</summary>
internal static class ImpactEndpoints
{
    public sealed record ReportBody(Guid? OrganizationId, DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<IndicatorReportValue?>? Values);

    /// <summary>Across partnerships, before the routes of one partnership.</summary>
    public static void MapAcross(RouteGroupBuilder partnerships) =>
        partnerships.MapGet("/impact", (IMediator mediator, CancellationToken ct, Guid? networkId, Guid? organizationId, DateOnly? from, DateOnly? to) =>
                mediator.Send(new GetCombinedImpact(networkId, organizationId, from, to), ct))
            .WithName("GetCombinedPartnershipImpact").WithSummary("Indicateurs d'impact cumulés sur les partenariats d'un réseau ou d'un partenaire, sur une période (from, to)");

    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/reports", async (Guid partnershipId, ReportBody body, IMediator mediator, CancellationToken ct) =>
                Results.Created($"/api/partnerships/{partnershipId}/reports",
                    await mediator.Send(new ReportIndicators(partnershipId, body.OrganizationId, body.PeriodStart, body.PeriodEnd, body.Values), ct)))
            .WithName("ReportPartnershipIndicators").WithSummary("Déclarer ses valeurs d'indicateurs pour une période terminée (chaque partenaire pour lui-même ; la même période se corrige)")
            .Produces<ReportDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        one.MapGet("/reports", (Guid partnershipId, IMediator mediator, CancellationToken ct, Guid? organizationId, DateOnly? from, DateOnly? to) =>
                mediator.Send(new ListReports(partnershipId, organizationId, from, to), ct))
            .WithName("ListPartnershipReports").WithSummary("Rapports d'indicateurs des partenaires (un partenaire, une période)");
        one.MapGet("/impact", (Guid partnershipId, IMediator mediator, CancellationToken ct, DateOnly? from, DateOnly? to) =>
                mediator.Send(new GetImpact(partnershipId, from, to), ct))
            .WithName("GetPartnershipImpact").WithSummary("Indicateurs d'impact du partenariat sur une période : total, ventilations, part de chaque partenaire");
        one.MapGet("/impact.csv", async (Guid partnershipId, IMediator mediator, CancellationToken ct, DateOnly? from, DateOnly? to) =>
            {
                var file = await mediator.Send(new ExportImpactCsv(partnershipId, from, to), ct);
                return Results.File(file.Content, ExcelCsv.ContentType, file.FileName);
            })
            .WithName("ExportPartnershipImpactCsv").WithSummary("Rapport d'impact pour les financeurs, en CSV pour Excel (UTF-8 avec BOM, « ; », virgule décimale)");
    }
}
