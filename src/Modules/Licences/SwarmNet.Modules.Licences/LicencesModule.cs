using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Licences.Demo;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Http;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences;

/// <summary>The Licences module's front door: brand licences on the contract kernel (docs/adr/0070), from draft to exit.</summary>
public static class LicencesModule
{
    public static IServiceCollection AddLicencesModule(this IServiceCollection services)
    {
        services.AddModule("licences", typeof(LicencesModule).Assembly, typeof(LicenceActivated).Assembly);
        services.AddContractKernel<LicenceKind>("Active les licences signées arrivées à date d'effet, applique les résiliations à leur date, renouvelle ou fait expirer les licences échues");
        services.AddScoped<LicenceRows>();
        services.AddScoped<LicenceAnnouncements>();
        services.AddScoped<LicenceSigningRules>();
        services.AddScoped<IDemoSeeder, LicencesDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapLicencesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        LicenceEndpoints.Map(endpoints.MapGroup("/api/licences"));
        return endpoints;
    }
}
