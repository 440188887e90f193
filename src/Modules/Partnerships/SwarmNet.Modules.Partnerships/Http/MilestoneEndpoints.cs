using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Partnerships.Milestones;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>/api/partnerships/{id}/milestones: milestones and deliverables, their status and their completion with evidence.</summary>
internal static class MilestoneEndpoints
{
    public sealed record CompletionBody(DateOnly? CompletedOn, string? Evidence, Guid? DocumentId);

    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/milestones", (Guid partnershipId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListMilestones(partnershipId), ct))
            .WithName("ListPartnershipMilestones").WithSummary("Jalons et livrables : responsable, échéance, statut (prévu, réalisé, en retard), justificatif");
        one.MapPost("/milestones/{code}/completion", (Guid partnershipId, string code, CompletionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CompleteMilestone(partnershipId, code, body.CompletedOn, body.Evidence, body.DocumentId), ct))
            .WithName("CompletePartnershipMilestone").WithSummary("Déclarer un jalon ou un livrable réalisé, avec son justificatif (le partenaire responsable, ou le chef de file)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
