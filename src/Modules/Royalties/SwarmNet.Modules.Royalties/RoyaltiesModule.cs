using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Simulation;

namespace SwarmNet.Modules.Royalties;

/// <summary>The Royalties module's front door: what the host calls to register, route and run it.</summary>
public static class RoyaltiesModule
{
    /// <summary>The engine and the simulation are pure functions; the module registers its (future) handlers and migrations.</summary>
    public static IServiceCollection AddRoyaltiesModule(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddModule("royalties", typeof(RoyaltiesModule).Assembly, typeof(RoyaltyTerms).Assembly);
    }

    /// <summary>POST /api/royalties/simulations. Authorisation is the host's to add.</summary>
    public static IEndpointRouteBuilder MapRoyaltiesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        SimulationEndpoint.Map(endpoints);
        return endpoints;
    }

    /// <summary>
    /// The <c>royalties</c> CLI verb; <paramref name="args"/> is what follows it, e.g. <c>simulate --input file.json</c>.
    /// Returns the process exit code: 0 when simulated, 2 for invalid input or arguments.
    /// </summary>
    public static Task<int> RunCliAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        SimulationCli.RunAsync(args, stdin, stdout, stderr, ct);
}
