using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Royalties.Contracts.Simulation;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// POST /api/royalties/simulations: the CLI's simulation over HTTP, same input and same output bytes.
/// The body is read by the module rather than bound by the framework, so malformed JSON is a 400 naming the
/// place it broke, like every other field error. Nothing is stored.
/// </summary>
internal static class SimulationEndpoint
{
    public const string Route = "/api/royalties/simulations";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/royalties/projections", (ProjectRoyalties body, MediatR.IMediator mediator, CancellationToken ct) => mediator.Send(body, ct))
            .WithName("ProjectRoyalties").WithTags("Royalties")
            .WithSummary("Projeter les redevances d'un candidat : chiffre d'affaires mensuel, croissance annuelle, années (rien n'est stocké)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapPost(Route, HandleAsync)
            .WithName("SimulateRoyalties")
            .WithTags("Royalties")
            .WithSummary("Simulate royalties / Simuler des redevances")
            .WithDescription("Computes the statements that terms and declared revenue would produce, period by period. Stores nothing.")
            .Accepts<RoyaltySimulationRequest>("application/json")
            .Produces<RoyaltySimulationResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    internal static async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        var (json, errors) = SimulateRoyalties.RunJson(body);
        return errors.Count == 0 ? Results.Text(json, "application/json", Encoding.UTF8) : Problems.Validation(errors);
    }
}
