using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

internal static class DisclosureEndpoints
{
    /// <summary>The multipart form, as the OpenAPI document describes it; <c>headings</c> repeats once per heading covered.</summary>
    internal sealed class DisclosureForm
    {
        public DateOnly GivenOn { get; init; }
        public IReadOnlyList<DisclosureHeading> Headings { get; init; } = [];
        public IFormFile File { get; init; } = null!;
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/candidacies/{candidacyId:guid}/disclosure").WithTags("Candidatures").RequireVisibleCandidacy();
        group.MapPost("/", async (Guid candidacyId, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var form = await MultipartUpload.ReadFormAsync(http, ct);
                var headings = form["headings"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
                var recorded = await mediator.Send(new RecordDisclosure(candidacyId, MultipartUpload.Date(form, "givenOn"), headings,
                    await MultipartUpload.FileAsync(form, "file", ct)), ct);
                return Results.Created($"/api/network/candidacies/{candidacyId}/disclosure", recorded);
            })
            .WithName("RecordDisclosure")
            .WithSummary("Enregistrer le document d'information précontractuelle (DIP) remis : date, rubriques R330-1 couvertes, document")
            .DescribesMultipartBody<DisclosureForm>()
            .Produces<CandidacyDisclosureDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/", (Guid candidacyId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetDisclosure(candidacyId), ct))
            .WithName("GetDisclosure").WithSummary("Consulter le DIP remis au candidat").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/document", async (Guid candidacyId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new OpenDisclosureDocument(candidacyId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("DownloadDisclosureDocument").WithSummary("Télécharger le DIP");
    }
}
