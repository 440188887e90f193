using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Programmes;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Http;

/// <summary>A network's collective programmes (defined by the head's staff) and, on each agreement, the ones its affiliate takes part in.</summary>
internal static class ProgrammeEndpoints
{
    public sealed record DefineBody(ProgrammeKind? Kind, string? Name, string? Description);

    public sealed record JoinBody(Guid ProgrammeId);

    public static void MapNetwork(RouteGroupBuilder network)
    {
        var programmes = network.MapGroup("/programmes").WithTags("Programmes collectifs");
        programmes.MapPost("/", async (Guid networkId, DefineBody body, IMediator mediator, CancellationToken ct) =>
            {
                var programme = await mediator.Send(new DefineProgramme(networkId, body.Kind, body.Name, body.Description), ct);
                return Results.Created($"/api/affiliations/networks/{networkId}/programmes/{programme.Id}/participants", programme);
            })
            .WithName("DefineProgramme").WithSummary("Définir un programme collectif du réseau (achats groupés, plaidoyer, formations…)")
            .Produces<ProgrammeDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        programmes.MapGet("/", (Guid networkId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListProgrammes(networkId), ct))
            .WithName("ListProgrammes").WithSummary("Programmes collectifs du réseau (avec le nombre de participants pour la tête de réseau)");
        programmes.MapGet("/{programmeId:guid}/participants", (Guid networkId, Guid programmeId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListProgrammeParticipants(networkId, programmeId), ct))
            .WithName("ListProgrammeParticipants").WithSummary("Structures qui participent à un programme (tête de réseau)");
    }

    public static void MapAgreement(RouteGroupBuilder one)
    {
        one.MapPost("/programmes", (Guid affiliationId, JoinBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new JoinProgramme(affiliationId, body.ProgrammeId), ct))
            .WithName("JoinProgramme").WithSummary("Inscrire la structure affiliée à un programme collectif du réseau")
            .Produces<AffiliationDto>().ProducesProblem(StatusCodes.Status409Conflict);
        one.MapDelete("/programmes/{programmeId:guid}", (Guid affiliationId, Guid programmeId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new LeaveProgramme(affiliationId, programmeId), ct))
            .WithName("LeaveProgramme").WithSummary("Mettre fin à la participation de la structure affiliée à un programme")
            .Produces<AffiliationDto>();
    }
}
