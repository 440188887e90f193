using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Affiliations.Demo;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Http;
using SwarmNet.Modules.Affiliations.Networks;
using SwarmNet.Modules.Affiliations.Persistence;
using SwarmNet.Modules.Affiliations.Programmes;

namespace SwarmNet.Modules.Affiliations;

/// <summary>The Affiliations module's front door: affiliation agreements on the contract kernel (docs/adr/0070), the network's charter and programmes.</summary>
public static class AffiliationsModule
{
    public static IServiceCollection AddAffiliationsModule(this IServiceCollection services)
    {
        services.AddModule("affiliations", typeof(AffiliationsModule).Assembly, typeof(AffiliationActivated).Assembly);
        services.AddContractKernel<AffiliationKind>(
            "Active les conventions d'affiliation signées arrivées à date d'effet, applique les résiliations à leur date, renouvelle ou fait expirer les conventions échues");
        services.AddScoped<AffiliationLoader>();
        services.AddScoped<AffiliationRecords>();
        services.AddScoped<AffiliationAnnouncements>();
        services.AddScoped<AffiliationSigningRules>();
        services.AddScoped<SignsGate>();
        services.AddScoped<NetworkAccess>();
        services.AddScoped<CharterPush>();
        services.AddScoped<ProgrammeParticipation>();
        services.AddScoped<IDemoSeeder, AffiliationsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAffiliationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/affiliations");
        // A network's charter and programmes: 404 before anything else to whoever may not see the network.
        var network = api.MapGroup("/networks/{networkId:guid}")
            .RequireVisible("networkId", (services, id, ct) => services.GetRequiredService<NetworkAccess>().VisibleAsync(id, ct));
        CharterEndpoints.MapNetwork(network);
        ProgrammeEndpoints.MapNetwork(network);
        AffiliationEndpoints.Map(api);
        return endpoints;
    }
}
