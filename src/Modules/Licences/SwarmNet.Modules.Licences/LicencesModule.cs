using SwarmNet.BuildingBlocks.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Licences.Demo;
using SwarmNet.Modules.Licences.Documents;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Http;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Running;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Licences;

/// <summary>The Licences module's front door: brand licences from draft to exit, and their daily lifecycle job.</summary>
public static class LicencesModule
{
    public static IServiceCollection AddLicencesModule(this IServiceCollection services)
    {
        services.AddDocumentStore();
        services.AddModule("licences", typeof(LicencesModule).Assembly, typeof(LicenceActivated).Assembly);
        // Licences publish ContractActivated from the Network contracts: the outbox must know its name even without that module.
        services.AddSingleton(new IntegrationEventAssembly(typeof(ContractActivated).Assembly));
        services.AddScoped<LicenceHistory>();
        services.AddScoped<LicenceAnnouncements>();
        services.AddScoped<LicenceParties>();
        services.AddScoped<IDemoSeeder, LicencesDemoSeeder>();
        services.AddRecurringJob(RunLicenceLifecycleHandler.JobId, "15 2 * * *",
            "Active les licences signées arrivées à date d'effet, renouvelle ou fait expirer les licences échues", () => new RunLicenceLifecycle());
        return services;
    }

    public static IEndpointRouteBuilder MapLicencesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        LicenceEndpoints.Map(endpoints.MapGroup("/api/licences"));
        return endpoints;
    }
}
