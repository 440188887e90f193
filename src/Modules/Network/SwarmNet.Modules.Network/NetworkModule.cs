using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Demo;
using SwarmNet.Modules.Network.Disclosures;
using SwarmNet.Modules.Network.Networks;
using SwarmNet.Modules.Network.Notifications;
using SwarmNet.Modules.Network.Organizations;
using SwarmNet.Modules.Network.Readiness;

namespace SwarmNet.Modules.Network;

/// <summary>The Network module's front door: organisations, networks, onboarding and memberships.</summary>
public static class NetworkModule
{
    public static IServiceCollection AddNetworkModule(this IServiceCollection services)
    {
        services.AddModule("network", typeof(NetworkModule).Assembly, typeof(OrganizationDto).Assembly);
        services.AddScoped<CandidacyHistory>();
        services.AddScoped<OrganizationAttachments>();
        services.AddScoped<RegistrationOutcome>();
        services.AddScoped<ReadinessTicks>();
        services.AddDocumentStore();
        services.AddScoped<IDemoSeeder, NetworkDemoSeeder>();
        services.AddAccess();
        return services;
    }

    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/network");
        OrganizationEndpoints.Map(api);
        NetworkEndpoints.Map(api);
        CandidacyEndpoints.Map(api);
        DisclosureEndpoints.Map(api);
        ReadinessEndpoints.Map(api);
        endpoints.MapAccessEndpoints(api);
        NotificationEndpoints.Map(endpoints);
        return endpoints;
    }
}
