using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.Modules.Network.Access.Users;

/// <summary>Platform admins' hold on accounts.</summary>
internal static class UserEndpoints
{
    public sealed record DisabledBody(bool Disabled);

    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPut("/users/{userId:guid}/disabled", async (Guid userId, DisabledBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SetUserDisabled(userId, body.Disabled), ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Roles.PlatformAdmin) // the host's platform-admin policy: 403 before the body is read
            .WithTags("Accès").WithName("SetUserDisabled").WithSummary("Désactiver (ou réactiver) un compte : ses sessions et jetons cessent aussitôt")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
