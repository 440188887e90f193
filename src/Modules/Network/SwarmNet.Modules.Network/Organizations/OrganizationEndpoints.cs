using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organisations");

        group.MapPost("/", async (RegisterOrganization command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return Results.Created($"/api/network/organizations/{created.Id}", created);
            })
            .WithName("RegisterOrganization").WithSummary("Enregistrer une organisation")
            .Produces<OrganizationDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetOrganization(id), ct))
            .WithName("GetOrganization").WithSummary("Consulter une organisation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", (IMediator mediator, CancellationToken ct, int? page, int? pageSize, string? sort, string? kind, string? search) =>
                mediator.Send(new ListOrganizations(page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize, sort ?? "name",
                    QueryEnum.Parse<OrganizationKind>(kind, "/kind"), search), ct))
            .WithName("ListOrganizations").WithSummary("Lister les organisations (pagination, tri, filtres)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
