using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Modules.Royalties.Simulation;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>POST /api/royalties/simulations, its handler executed on an in-memory HTTP context.</summary>
public sealed class EndpointTests
{
    private static async Task<(int Status, string Body)> Post(string body)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        using var response = new MemoryStream();
        context.Response.Body = response;
        var result = await SimulationEndpoint.HandleAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }

    [Fact]
    public async Task A_valid_simulation_answers_200_with_the_cli_output()
    {
        var (status, body) = await Post(SpecExample.Input);
        Assert.Equal(200, status);
        Assert.Equal(SpecExample.Output, SpecExample.Compact(body));
    }

    [Fact]
    public async Task An_invalid_simulation_answers_a_400_problem_listing_each_field()
    {
        var (status, body) = await Post(SpecExample.Input.Replace("\"start\": \"2024-03-15\"", "\"start\": \"2024-03-16\"", StringComparison.Ordinal)
            .Replace("\"vatRate\": 0.20", "\"vatRate\": 2", StringComparison.Ordinal));
        Assert.Equal(400, status);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(
            ["/terms/vatRate", "/declarations/0/start"],
            document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_too()
    {
        var (status, body) = await Post("{");
        Assert.Equal(400, status);
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
    }
}
