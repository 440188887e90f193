using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;

namespace SwarmNet.Modules.Obligations.Preview;

/// <summary>POST /api/obligations/previews: the CLI's preview over HTTP, same input, same output bytes; stores nothing.</summary>
internal static class PreviewEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/previews", HandleAsync)
            .WithName("PreviewObligations")
            .WithSummary("Preview obligation occurrences / Prévisualiser les échéances")
            .WithDescription("The occurrences that obligation terms give over a contract's cover, with reminder and escalation dates. Stores nothing.")
            .Accepts<PreviewRequest>("application/json")
            .Produces<PreviewResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    internal static async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var (json, errors) = PreviewJson.Run(await reader.ReadToEndAsync(ct));
        return errors.Count == 0 ? Results.Text(json, "application/json", Encoding.UTF8) : Problems.Validation(errors);
    }
}
