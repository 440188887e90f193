using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Reading;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Http;

/// <summary>A network's charter: its versions (published by the head's staff), who acknowledged each; the affiliate acknowledges on its agreement.</summary>
internal static class CharterEndpoints
{
    public sealed record PublishBody(string? Summary, string? Text, int? AcknowledgeWithinDays);

    public sealed record AcknowledgeBody(int Number);

    /// <summary>The multipart form, as the OpenAPI document describes it.</summary>
    internal sealed class DocumentForm
    {
        public IFormFile File { get; init; } = null!;
        public string Summary { get; init; } = "";
        public int? AcknowledgeWithinDays { get; init; }
        public string? Text { get; init; }
    }

    public static void MapNetwork(RouteGroupBuilder network)
    {
        var charter = network.MapGroup("/charter").WithTags("Charte du réseau");
        charter.MapPost("/versions", async (Guid networkId, PublishBody body, IMediator mediator, CancellationToken ct) =>
                Created(await mediator.Send(new PublishCharterVersion(networkId, body.Summary, body.Text, body.AcknowledgeWithinDays), ct)))
            .WithName("PublishCharterVersion").WithSummary("Publier une version de la charte (texte) : elle est adressée à chaque structure affiliée")
            .Produces<CharterVersionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        charter.MapPost("/versions/document", async (Guid networkId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var form = await MultipartUpload.ReadFormAsync(request, ct);
                var file = await MultipartUpload.FileAsync(form, "file", ct);
                return Created(await mediator.Send(new PublishCharterDocument(networkId, MultipartUpload.Field(form, "summary"), MultipartUpload.Field(form, "text"),
                    Days(MultipartUpload.Field(form, "acknowledgeWithinDays")), file ?? new(null, null, [])), ct));
            })
            .WithName("PublishCharterDocument").WithSummary("Publier une version de la charte sous forme de document (multipart : file, summary, acknowledgeWithinDays)")
            .DescribesMultipartBody<DocumentForm>().Produces<CharterVersionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        charter.MapGet("/versions", (Guid networkId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListCharterVersions(networkId), ct))
            .WithName("ListCharterVersions").WithSummary("Versions de la charte, la plus récente d'abord");
        charter.MapGet("/versions/{number:int}", (Guid networkId, int number, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetCharterVersion(networkId, number), ct))
            .WithName("GetCharterVersion").WithSummary("Une version de la charte, avec son texte");
        charter.MapGet("/versions/{number:int}/document", async (Guid networkId, int number, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new OpenCharterDocument(networkId, number), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("DownloadCharterDocument").WithSummary("Télécharger le document d'une version de la charte");
        charter.MapGet("/versions/{number:int}/acknowledgements", (Guid networkId, int number, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListCharterAcknowledgements(networkId, number), ct))
            .WithName("ListCharterAcknowledgements").WithSummary("Prises de connaissance d'une version, structure par structure (tête de réseau)");
    }

    public static void MapAgreement(RouteGroupBuilder one) =>
        one.MapPost("/charter/acknowledgements", (Guid affiliationId, AcknowledgeBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new AcknowledgeCharter(affiliationId, body.Number), ct))
            .WithName("AcknowledgeCharter").WithSummary("Prendre connaissance d'une version de la charte (administrateur·rice de la structure affiliée)")
            .Produces<AffiliationDto>().ProducesProblem(StatusCodes.Status409Conflict);

    private static IResult Created(CharterVersionDto version) =>
        Results.Created($"/api/affiliations/networks/{version.NetworkId}/charter/versions/{version.Number}", version);

    private static int? Days(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days
        : throw new InputValidationException("/acknowledgeWithinDays", Text.T("Nombre de jours attendu.", "A number of days is expected."));
}
