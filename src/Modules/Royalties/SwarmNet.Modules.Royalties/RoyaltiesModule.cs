using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Modules.Royalties.Demo;
using SwarmNet.Modules.Royalties.Http;
using SwarmNet.Modules.Royalties.Simulation;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties;

/// <summary>The Royalties module's front door: what the host calls to register, route and run it.</summary>
public static class RoyaltiesModule
{
    /// <summary>Agreements from contract events, declarations, statements and their nightly close, exports.</summary>
    public static IServiceCollection AddRoyaltiesModule(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddModule("royalties", typeof(RoyaltiesModule).Assembly, typeof(RoyaltyTerms).Assembly);
        // The agreements hear the Licences events: the outbox must know their names even in a host without that module.
        services.AddSingleton(new IntegrationEventAssembly(typeof(LicenceActivated).Assembly));
        services.AddSingleton(new IntegrationEventAssembly(typeof(AffiliationActivated).Assembly));
        services.AddSingleton(sp => RoyaltiesOptions.From(sp.GetService<IConfiguration>()));
        services.AddScoped<StatementStore>();
        services.AddScoped<StatementHistory>();
        services.AddScoped<StatementRefresh>();
        services.AddScoped<DeclarationWriter>();
        services.AddScoped<PartyDirectory>();
        services.AddScoped<IDemoSeeder, RoyaltiesDemoSeeder>();
        services.AddRecurringJob(ComputeDueStatementsHandler.JobId, "30 1 * * *",
            "Calcule les relevés de redevances dus (brouillons des périodes déclarées, périodes non déclarées échues)", () => new ComputeDueStatements());
        return services;
    }

    /// <summary>Everything under /api/royalties; every route checks the actor.</summary>
    public static IEndpointRouteBuilder MapRoyaltiesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        SimulationEndpoint.Map(endpoints);
        var api = endpoints.MapGroup("/api/royalties");
        AgreementEndpoints.Map(api);
        StatementEndpoints.Map(api);
        ExportEndpoints.Map(api);
        return endpoints;
    }

    /// <summary>
    /// The <c>royalties</c> CLI verb; <paramref name="args"/> is what follows it, e.g. <c>simulate --input file.json</c>.
    /// Returns the process exit code: 0 when simulated, 2 for invalid input or arguments.
    /// </summary>
    public static Task<int> RunCliAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        SimulationCli.RunAsync(args, stdin, stdout, stderr, ct);
}
