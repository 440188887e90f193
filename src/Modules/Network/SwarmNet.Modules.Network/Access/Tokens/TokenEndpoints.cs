using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Tokens;

/// <summary>Personal API tokens of the signed-in user (sent as <c>Authorization: Bearer …</c>).</summary>
internal static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        var tokens = auth.MapGroup("/tokens");

        tokens.MapPost("/", async (CreateApiToken command, IMediator mediator, CancellationToken ct) =>
                Results.Created("/api/auth/tokens", await mediator.Send(command, ct)))
            .WithName("CreateApiToken").WithSummary("Créer un jeton d'API (affiché une seule fois)")
            .Produces<CreatedApiTokenDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        tokens.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListApiTokens(), ct))
            .WithName("ListApiTokens").WithSummary("Mes jetons d'API");

        tokens.MapDelete("/{tokenId:guid}", async (Guid tokenId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeApiToken(tokenId), ct);
                return Results.NoContent();
            })
            .WithName("RevokeApiToken").WithSummary("Révoquer un jeton d'API")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
