using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Governance;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>/api/partnerships/{id}/governance and /meetings: the steering committee, its meetings, minutes and decisions.</summary>
internal static class GovernanceEndpoints
{
    public sealed record MeetingBody(DateOnly? HeldOn, IReadOnlyList<string?>? Attendees, string? Minutes, Guid? MinutesDocumentId, IReadOnlyList<DecisionTerms?>? Decisions);

    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/governance", (Guid partnershipId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetGovernance(partnershipId), ct))
            .WithName("GetPartnershipGovernance").WithSummary("Comité de pilotage : rythme, réunions, comptes rendus et relevés de décisions");
        one.MapPost("/meetings", async (Guid partnershipId, MeetingBody body, IMediator mediator, CancellationToken ct) =>
                Results.Created($"/api/partnerships/{partnershipId}/governance",
                    await mediator.Send(new RecordMeeting(partnershipId, body.HeldOn, body.Attendees, body.Minutes, body.MinutesDocumentId, body.Decisions), ct)))
            .WithName("RecordPartnershipMeeting").WithSummary("Consigner une réunion du comité de pilotage (chef de file) : présents, compte rendu, décisions")
            .Produces<GovernanceDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
