using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Partnerships.Contributions;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>/api/partnerships/{id}/contributions: what each partner gives, and what it delivered.</summary>
internal static class ContributionEndpoints
{
    public sealed record DeliveryBody(int? Number, DateOnly? DeliveredOn, decimal? Value, string? Note);

    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/contributions", (Guid partnershipId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetContributions(partnershipId), ct))
            .WithName("GetPartnershipContributions").WithSummary("Apports : statut de chaque versement (prévu, réalisé, en retard) et totaux par partenaire et type");
        one.MapPost("/contributions/{code}/deliveries", (Guid partnershipId, string code, DeliveryBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new RecordDelivery(partnershipId, code, body.Number, body.DeliveredOn, body.Value, body.Note), ct))
            .WithName("RecordPartnershipContributionDelivery").WithSummary("Enregistrer un apport réalisé (le partenaire qui apporte, ou le chef de file)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
