using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Readiness;

internal static class ReadinessEndpoints
{
    public sealed record EvidenceBody(bool Done, string? Note, DateOnly? Date);

    /// <summary>The multipart form of an evidence upload, as the OpenAPI document describes it.</summary>
    internal sealed class EvidenceForm
    {
        public string Note { get; init; } = "";
        public DateOnly Date { get; init; }
        public IFormFile File { get; init; } = null!;
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var item = api.MapGroup("/candidacies/{candidacyId:guid}/checklist/{itemId:guid}").WithTags("Candidatures").RequireVisibleCandidacy();
        item.MapPut("/", (Guid candidacyId, Guid itemId, EvidenceBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new RecordReadinessEvidence(candidacyId, itemId, body.Done, body.Note, body.Date), ct))
            .WithName("RecordReadinessEvidence")
            .WithSummary("Cocher ou décocher un élément de la grille (obligatoire : avec une note et une date, non future)")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        item.MapPost("/evidence", async (Guid candidacyId, Guid itemId, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var form = await MultipartUpload.ReadFormAsync(http, ct);
                return await mediator.Send(new AttachReadinessEvidence(candidacyId, itemId, MultipartUpload.Field(form, "note"),
                    MultipartUpload.Date(form, "date"), await MultipartUpload.FileAsync(form, "file", ct)), ct);
            })
            .WithName("AttachReadinessEvidence").WithSummary("Cocher un élément avec un fichier justificatif (PDF, PNG, JPEG ; 10 Mo au plus)")
            .DescribesMultipartBody<EvidenceForm>()
            .Produces<CandidacyDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        item.MapGet("/evidence", async (Guid candidacyId, Guid itemId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new OpenEvidenceFile(candidacyId, itemId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("DownloadReadinessEvidence").WithSummary("Télécharger le fichier justificatif d'un élément");
    }
}
