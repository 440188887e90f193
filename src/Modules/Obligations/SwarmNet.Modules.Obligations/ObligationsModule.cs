using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Preview;

namespace SwarmNet.Modules.Obligations;

/// <summary>The Obligations module's front door: every obligation of every contract, dated, tracked and reminded.</summary>
public static class ObligationsModule
{
    public static IServiceCollection AddObligationsModule(this IServiceCollection services)
    {
        services.AddModule("obligations", typeof(ObligationsModule).Assembly, typeof(ObligationTerm).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapObligationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/obligations").WithTags("Obligations");
        PreviewEndpoint.Map(api);
        return endpoints;
    }

    /// <summary>The <c>obligations</c> CLI verb (<c>preview --input FILE|-</c>); returns the exit code (2 for invalid input).</summary>
    public static Task<int> RunCliAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        PreviewCli.RunAsync(args, stdin, stdout, stderr, ct);
}
