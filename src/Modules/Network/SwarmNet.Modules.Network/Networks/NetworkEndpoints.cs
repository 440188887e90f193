using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Networks;

internal static class NetworkEndpoints
{
    public sealed record ChecklistBody(int Version, IReadOnlyList<ChecklistTemplateItem> Items);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/networks").WithTags("Réseaux");

        group.MapPost("/", async (CreateNetwork command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return Results.Created($"/api/network/networks/{created.Id}", created);
            })
            .WithName("CreateNetwork").WithSummary("Créer un réseau (tête de réseau)")
            .Produces<NetworkDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/", (IMediator mediator, CancellationToken ct, int? page, int? pageSize, string? search) =>
                mediator.Send(new ListNetworks(page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize, search), ct))
            .WithName("ListNetworks").WithSummary("Lister les réseaux visibles");

        var single = group.MapGroup("/{networkId:guid}").RequireVisibleNetwork();
        single.MapGet("/", (Guid networkId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetNetwork(networkId), ct))
            .WithName("GetNetwork").WithSummary("Consulter un réseau et sa grille de préparation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        single.MapPut("/readiness-checklist", (Guid networkId, ChecklistBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdateReadinessChecklist(networkId, body.Version, body.Items), ct))
            .WithName("UpdateReadinessChecklist").WithSummary("Modifier la grille de préparation (les candidatures ouvertes gardent la leur)")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
