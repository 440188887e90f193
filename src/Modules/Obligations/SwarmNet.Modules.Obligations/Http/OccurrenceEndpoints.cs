using System.Security.Cryptography;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Obligations.Occurrences;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Http;

/// <summary>An organisation's calendar and each occurrence's life; every handler checks the actor.</summary>
internal static class OccurrenceEndpoints
{
    public sealed record SubmitBody(int Version, IReadOnlyDictionary<string, decimal>? Indicators, Guid? DeclarationId);

    public sealed record VersionBody(int Version);

    public sealed record ReasonBody(int Version, string Reason);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organizations/{organizationId:guid}/occurrences", (Guid organizationId, Guid? networkId, Guid? contractId, string? category,
                string? state, DateOnly? from, DateOnly? to, string? sort, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListOccurrences(organizationId, networkId, contractId, category, state, from, to, sort,
                    page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListOccurrences").WithSummary("Calendrier des échéances d'une organisation (tous contrats et réseaux)");

        var one = api.MapGroup("/occurrences/{occurrenceId:guid}").RequireVisible("occurrenceId", async (services, id, ct) =>
            await OccurrenceAccess.LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ActorContext>().Current, id, ct));

        one.MapGet("", (Guid occurrenceId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetOccurrence(occurrenceId), ct))
            .WithName("GetOccurrence").WithSummary("Une échéance, son historique et ses justificatifs");

        one.MapPost("/submission", (Guid occurrenceId, SubmitBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SubmitOccurrence(occurrenceId, body.Version, body.Indicators, body.DeclarationId), ct))
            .WithName("SubmitOccurrence").WithSummary("Déposer une échéance (valeurs d'indicateurs, déclaration ou justificatifs joints)");

        // The body is the file itself (Content-Type: its type); it is hashed here, before the command's transaction.
        one.MapPost("/files", async (Guid occurrenceId, string? fileName, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                var content = buffer.ToArray();
                var file = await mediator.Send(new AttachOccurrenceFile(occurrenceId, fileName, request.ContentType, content,
                    Convert.ToHexStringLower(SHA256.HashData(content))), ct);
                return Results.Created($"/api/obligations/occurrences/{occurrenceId}", file);
            })
            .WithName("AttachOccurrenceFile").WithSummary("Joindre un justificatif (PDF, PNG, JPEG ; 10 Mo au plus)")
            .WithMetadata(new RequestSizeLimitAttribute(DocumentRules.MaxBytes + 1))
            .Produces<OccurrenceFileDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        one.MapPost("/acceptance", (Guid occurrenceId, VersionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ReviewOccurrence(occurrenceId, body.Version, true, null), ct))
            .WithName("AcceptOccurrence").WithSummary("Accepter une échéance déposée (tête de réseau)");

        one.MapPost("/rejection", (Guid occurrenceId, ReasonBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ReviewOccurrence(occurrenceId, body.Version, false, body.Reason), ct))
            .WithName("RejectOccurrence").WithSummary("Refuser une échéance déposée, avec le motif (tête de réseau)");

        one.MapPost("/waiver", (Guid occurrenceId, ReasonBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new WaiveOccurrence(occurrenceId, body.Version, body.Reason), ct))
            .WithName("WaiveOccurrence").WithSummary("Dispenser d'une échéance, avec le motif (administrateurs de la tête de réseau)");
    }
}
