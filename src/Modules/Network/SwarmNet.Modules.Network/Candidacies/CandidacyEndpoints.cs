using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Candidacies;

internal static class CandidacyEndpoints
{
    public sealed record OpenBody(Guid StructureId, string Model, string Territory, string? Comment);

    public sealed record MoveBody(CandidacyStage To, string? Comment, string? Reason, int? Version);

    public static void Map(IEndpointRouteBuilder api)
    {
        var perNetwork = api.MapGroup("/networks/{networkId:guid}").WithTags("Candidatures").RequireVisibleNetwork();
        perNetwork.MapPost("/candidacies", async (Guid networkId, OpenBody body, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new OpenCandidacy(networkId, body.StructureId, body.Model, body.Territory, body.Comment), ct);
                return Results.Created($"/api/network/candidacies/{opened.Id}", opened);
            })
            .WithName("OpenCandidacy").WithSummary("Ouvrir une candidature (étape « premier contact »)")
            .Produces<CandidacyDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        perNetwork.MapGet("/candidacies", (Guid networkId, IMediator mediator, CancellationToken ct, string? stage, int? page, int? pageSize, string? sort) =>
                mediator.Send(new ListCandidacies(networkId, QueryEnum.Parse<CandidacyStage>(stage, "/stage"),
                    page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize, sort ?? "-stageChangedAt"), ct))
            .WithName("ListCandidacies").WithSummary("Lister les candidatures d'un réseau");

        perNetwork.MapGet("/pipeline", (Guid networkId, IMediator mediator, CancellationToken ct, int? stuckAfterDays) =>
                mediator.Send(new GetPipeline(networkId, stuckAfterDays ?? 30), ct))
            .WithName("GetPipeline").WithSummary("Pipeline : effectifs et ancienneté par étape, candidatures bloquées");

        var single = api.MapGroup("/candidacies/{candidacyId:guid}").WithTags("Candidatures").RequireVisibleCandidacy();
        single.MapGet("/", (Guid candidacyId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCandidacy(candidacyId), ct))
            .WithName("GetCandidacy").WithSummary("Consulter une candidature, sa grille et son historique")
            .ProducesProblem(StatusCodes.Status404NotFound);

        single.MapPost("/transitions", (Guid candidacyId, MoveBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new MoveCandidacy(candidacyId, body.To, body.Comment, body.Reason, body.Version), ct))
            .WithName("MoveCandidacy").WithSummary("Changer d'étape (la contractualisation exige tous les prérequis obligatoires remplis)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
