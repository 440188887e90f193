using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.ContractKernel.Http;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Reading;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>/api/partnerships: drafting by the lead partner, the kernel's lifecycle, and what each partner reads; every handler checks the actor.</summary>
internal static class PartnershipEndpoints
{
    public sealed record EditBody(int Version, PartnershipContent? Content);

    public static RouteGroupBuilder Map(IEndpointRouteBuilder api)
    {
        var partnerships = api.MapGroup("/").WithTags("Partenariats");
        partnerships.MapPost("/", async (DraftPartnership body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(body, ct);
                return Results.Created($"/api/partnerships/{drafted.Id}", drafted);
            })
            .WithName("DraftPartnership").WithSummary("Rédiger un contrat de partenariat (chef de file) avec ses partenaires, leurs rôles et signataires")
            .Produces<PartnershipDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        partnerships.MapGet("/", (IMediator mediator, CancellationToken ct, string? status, Guid? organizationId, Guid? networkId, int? page, int? pageSize) =>
                mediator.Send(new ListPartnerships(QueryEnum.Parse<ContractStatus>(status, "/status"), organizationId, networkId,
                    page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListPartnerships").WithSummary("Lister les partenariats dont on est partenaire (statut, partenaire, réseau)");
        ImpactEndpoints.MapAcross(partnerships);
        TemplateEndpoints.Map(partnerships);

        var one = api.MapGroup("/{partnershipId:guid}").WithTags("Partenariats")
            .RequireVisible("partnershipId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetPartnership(id), ct));
        one.MapGet("/", (Guid partnershipId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPartnership(partnershipId), ct))
            .WithName("GetPartnership").WithSummary("Consulter un partenariat : partenaires, signatures, obligations, avenants, historique")
            .ProducesProblem(StatusCodes.Status404NotFound);
        one.MapPut("/", (Guid partnershipId, EditBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdatePartnershipDraft(partnershipId, body.Version, body.Content), ct))
            .WithName("UpdatePartnershipDraft").WithSummary("Modifier un brouillon (chef de file ; version attendue, sinon 409)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        ContractRoutes.Map<PartnershipKind, PartnershipDto, SwarmNet.ContractKernel.Documents.ContractDocumentDto>(one, "partnershipId",
            (mediator, id, ct) => mediator.Send(new GetPartnership(id), ct), document => document);
        return one;
    }
}
